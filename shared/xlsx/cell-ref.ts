/** A1 references within Excel's grid limits (XFD1048576). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Parses `B12` (also `$B$12`) from UTF-8 bytes into 1-based row/col; false if malformed
 * or off the grid. Works on bytes so the per-cell `r` attribute never becomes a string.
 */
export function parseCellRef(b: Uint8Array, from: number, to: number, into: CellPosition): boolean {
  let i = from;
  if (b[i] === 36 /* $ */) i++;
  let col = 0;
  for (; i < to; i++) {
    const c = (b[i] ?? 0) | 0x20; // ASCII lower-case; digits are unaffected
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COL) return false;
  }
  if (col === 0) return false;
  if (b[i] === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < to; i++) {
    const c = b[i] ?? 0;
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    if (row > MAX_ROW) return false;
  }
  if (i === digitsFrom || row === 0) return false;
  into.row = row;
  into.col = col;
  return true;
}

export function columnLetters(col: number): string {
  let out = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) {
    out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  }
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
