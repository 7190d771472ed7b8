type Range = { readonly from?: string | null | undefined; readonly to?: string | null | undefined };

/** The range's ends inside `year`; an end at the year's own first or last day is no end. */
function ends(range: Range, year: number): { from: string | null; to: string | null } {
  const from = range.from && range.from !== `${year}-01-01` ? range.from : null;
  const to = range.to && range.to !== `${year}-12-31` ? range.to : null;
  return { from, to };
}

/**
 * The part of a download's file name that says its date range within `year`: a range export is
 * another file than the full year's, and saved under the same name it would overwrite it.
 */
export function rangeNamePart(range: Range, year: number): string {
  const { from, to } = ends(range, year);
  return from === null && to === null ? '' : `-${from ?? '年初'}至${to ?? '年末'}`;
}

/** The same for the ASCII fallback name: dates only, "start" and "end" for an open side. */
export function asciiRangeNamePart(range: Range, year: number): string {
  const { from, to } = ends(range, year);
  return from === null && to === null ? '' : `-${from ?? 'start'}-to-${to ?? 'end'}`;
}
