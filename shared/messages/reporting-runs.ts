/** Months as runs of consecutive ones, [[1, 10]] for January to October: a long 补报 reads as one range. */
export function monthRuns(months: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const month of months) {
    // Not .at(-1): the pane's oldest webviews lack it.
    const last = runs[runs.length - 1];
    if (last && last[1] === month - 1) last[1] = month;
    else runs.push([month, month]);
  }
  return runs;
}

/** A China date (yyyy-mm-dd) as its parts. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
