/** How a 核实说明 names its warning: the client keys notes by it and the Worker matches them. */
export function warningKey(w: {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
}): string {
  return `${w.sheet}|${w.row}|${w.column}|${w.code}`;
}
