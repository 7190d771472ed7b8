/**
 * One worksheet of the fake WPS 表格 host, as data. WPS's ET object model is Excel's VBA model
 * (Kingsoft's typings, npm et-jsapi-declare lib.et.d.ts, declare the same members), so where WPS's
 * own docs are silent the rules below follow Microsoft's VBA reference, cited per rule.
 */
import type { CellValue } from '#shared/index.ts';
import { invalidArgument, type Rect } from './a1.ts';

export type EtCellState = string | number | boolean | null | undefined;

/** One Validation.Add: shared by every cell it covers, as Excel keeps one rule per area. */
export interface EtValidationState {
  readonly type: number;
  readonly alertStyle: number;
  readonly operator: number | undefined;
  readonly formula1: string | undefined;
  readonly formula2: string | undefined;
  ignoreBlank: boolean;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
  showInput: boolean;
  showError: boolean;
}

export interface EtSheetState {
  name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  /** Rows from A1 down (0-based here; ET's own indexes are 1-based). */
  values: EtCellState[][];
  /** BGR integers by "row,col". */
  readonly fills: Map<string, number>;
  readonly numberFormats: Map<string, string>;
  readonly bold: Set<string>;
  readonly wrapped: Set<string>;
  readonly centred: Set<string>;
  /** Characters, by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** Points, by 0-based row. */
  readonly rowHeights: Map<number, number>;
  readonly merges: Rect[];
  readonly validations: Map<string, EtValidationState>;
  /** Cells WPS took as formulas when a value was written. */
  readonly formulas: Set<string>;
  /** The window's split and freeze, which ET sets on the active sheet only. */
  splitRow: number;
  frozen: boolean;
}

export function etSheet(name: string, values: readonly (readonly CellValue[])[] = []): EtSheetState {
  return {
    name,
    visible: -1,
    values: values.map((row) => [...row]),
    fills: new Map(),
    numberFormats: new Map(),
    bold: new Set(),
    wrapped: new Set(),
    centred: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: new Map(),
    formulas: new Set(),
    splitRow: 0,
    frozen: false,
  };
}

/**
 * "Sheet names cannot: be blank, contain more than 31 characters, contain / \ ? * : [ ], begin or
 * end with an apostrophe, or be the same as another sheet" (case-insensitively) — Microsoft,
 * "Rename a worksheet"; WPS 表格 refuses the same names.
 */
export function checkSheetName(name: string, others: readonly string[]): void {
  if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'"))
    throw invalidArgument(`工作表名称不合法：${name}`);
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) throw invalidArgument(`工作表名称已存在：${name}`);
}

const isEmpty = (v: EtCellState): boolean => v === null || v === undefined || v === '';

/**
 * Worksheet.UsedRange covers every cell that holds a value or a format (fill, number format,
 * validation, merge), not only values (Microsoft, Worksheet.UsedRange); an empty sheet gives A1.
 */
export function usedRect(sheet: EtSheetState): Rect {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (row: number, col: number): void => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, col);
    right = Math.max(right, col);
  };
  for (const [r, line] of sheet.values.entries()) for (const [c, v] of line.entries()) if (!isEmpty(v)) take(r, c);
  for (const keys of [sheet.fills.keys(), sheet.numberFormats.keys(), sheet.validations.keys(), sheet.bold.values()])
    for (const key of keys) {
      const [row = 0, col = 0] = key.split(',').map(Number);
      take(row, col);
    }
  for (const m of sheet.merges) {
    take(m.top, m.left);
    take(m.bottom, m.right);
  }
  return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

/** A merged area shows its value in its top-left cell only (Microsoft, Range.Merge). */
export function hiddenByMerge(sheet: EtSheetState, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}
