/** A1 references: where a values array sits on its sheet, and column letters for messages. */

export interface CellPosition {
  /** 1-based Excel row. */
  readonly row: number;
  /** 0-based column index (A = 0). */
  readonly column: number;
}

// Office.js gives "Sheet1!A1:L20" or "'My sheet'!B3:C9"; the engine may also get a bare "B3".
const TOP_LEFT = /(?:^|!)\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

export function topLeftOf(address: string): CellPosition | null {
  const m = TOP_LEFT.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  return { row: Number(m[2]), column: columnIndex(m[1]) };
}

/** 0-based index of a column letter (A = 0, AA = 26). */
export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
