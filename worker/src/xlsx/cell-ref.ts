import { columnLetter } from '#shared/index.ts';

const letters: string[] = [];

/** Column letters by 0-based index, cached: the row writer asks for them on every cell. */
export function letter(index: number): string {
  return (letters[index] ??= columnLetter(index));
}

/** "A1:C9" from 0-based columns and 1-based rows. */
export function rangeRef(firstColumn: number, firstRow: number, lastColumn: number, lastRow: number): string {
  return `${letter(firstColumn)}${firstRow}:${letter(lastColumn)}${lastRow}`;
}
