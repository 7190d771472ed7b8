/** A stored field as the clerk typed it into the ledger: 多选 joined by 、, a blank cell empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('、') : String(value);
}
