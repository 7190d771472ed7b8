/** Office.js errors carry a code (OfficeExtension.Error); only the code is relied on. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : null;
}
