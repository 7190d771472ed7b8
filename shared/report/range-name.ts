/**
 * The part of a download's file name that says its date range: a range export is another file
 * than the full year's, and saved under the same name it would overwrite it.
 */
export function rangeNamePart(range: { readonly from?: string | null | undefined; readonly to?: string | null | undefined }): string {
  if (!range.from && !range.to) return '';
  return `-${range.from || '年初'}至${range.to || '年末'}`;
}

/** The same for the ASCII fallback name: dates only, "start" and "end" for an open side. */
export function asciiRangeNamePart(range: { readonly from?: string | null | undefined; readonly to?: string | null | undefined }): string {
  if (!range.from && !range.to) return '';
  return `-${range.from || 'start'}-to-${range.to || 'end'}`;
}
