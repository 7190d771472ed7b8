import { MAX_COL, MAX_ROW } from '../xlsx/cell-ref.ts';
import { columnIndex } from './address.ts';

/** A cell a person names, e.g. in a 退回 ("G4"), checked against Excel's grid (A1 to XFD1048576). */
export interface CellReference {
  /** Canonical form: upper-case column letters, then the row ("G4"). */
  readonly cell: string;
  readonly column: string;
  /** 1-based Excel row. */
  readonly row: number;
}

export type CellReading = ({ readonly ok: true } & CellReference) | { readonly ok: false; readonly error: string };

// Letters then a row without leading zeros; the grid check below decides the range (the lengths only
// keep the numbers exact), so "A0" and "XFE1" are named as off the grid rather than as gibberish.
const SHAPE = /^([A-Za-z]{1,7})(0|[1-9]\d{0,14})$/;

/**
 * Reads "G4" (any case) as a cell of a worksheet; otherwise a Chinese sentence naming the text, so
 * the Worker's 400 and the dashboard's form say the same thing about the same cell.
 */
export function readCellReference(text: string): CellReading {
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const m = SHAPE.exec(text);
  if (!m?.[1] || !m[2]) return { ok: false, error: `“${shown}”不是单元格地址，请写成列字母加行号，如 G4` };
  const column = m[1].toUpperCase();
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || columnIndex(column) + 1 > MAX_COL) {
    return { ok: false, error: `单元格 ${column}${m[2]} 超出 Excel 工作表范围（A1 至 XFD${MAX_ROW}）` };
  }
  return { ok: true, cell: `${column}${row}`, column, row };
}
