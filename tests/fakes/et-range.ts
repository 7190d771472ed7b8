/**
 * Range, Interior, Font and Validation of the fake WPS 表格 host: synchronous, as ET is — every
 * read and write happens at the call, with no load or sync.
 */
import type { EtCount, EtFont, EtInterior, EtRange, EtValidation, EtValue2 } from '../../addin/src/wps/et-types.ts';
import { XL } from '../../addin/src/wps/et-types.ts';
import { invalidArgument, letters, parseRect, type Rect } from './a1.ts';
import { typed } from './excel-proxies.ts';
import { eachCell, overlaps } from './excel-range-parts.ts';
import { type EtCellState, type EtSheetState, type EtValidationState, hiddenByMerge } from './et-sheet.ts';

/** A reference over 255 characters is refused (the classic Excel reference limit, kept by ET). */
export const MAX_REFERENCE = 255;

/** What a range needs of the host: its sheet, and whether that sheet is the active one. */
export interface RangeHost {
  sheet(name: string): EtSheetState;
  isActive(sheet: string): boolean;
  select(sheet: string, address: string): void;
}

const cellsOf = (rects: readonly Rect[]): string[] => {
  const keys: string[] = [];
  eachCell(rects, (key) => keys.push(key));
  return keys;
};

function addressOf(r: Rect, absolute: boolean): string {
  const d = absolute ? '$' : '';
  const from = `${d}${letters(r.left)}${d}${r.top + 1}`;
  const to = `${d}${letters(r.right)}${d}${r.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}

class Interior implements EtInterior {
  constructor(private readonly range: FakeEtRange) {}

  /** An unfilled cell reads as white (16777215), as VBA's Interior.Color does. */
  get Color(): number {
    const [key] = this.range.cells();
    return (key === undefined ? undefined : this.range.state().fills.get(key)) ?? 0xffffff;
  }

  /** BGR: R + G·256 + B·65536 (Microsoft, Interior.Color; WPS docs: RGB 值). */
  set Color(bgr: number) {
    if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw invalidArgument(`颜色值不合法：${bgr}`);
    const { fills } = this.range.state();
    for (const key of this.range.cells()) fills.set(key, bgr);
  }

  get ColorIndex(): number {
    const [key] = this.range.cells();
    return key !== undefined && this.range.state().fills.has(key) ? 1 : XL.colorIndexNone;
  }

  /** Only xlColorIndexNone (-4142), which removes the fill, is modelled. */
  set ColorIndex(index: number) {
    if (index !== XL.colorIndexNone) throw invalidArgument(`the fake models only ColorIndex = ${XL.colorIndexNone}`);
    const { fills } = this.range.state();
    for (const key of this.range.cells()) fills.delete(key);
  }
}

class Font implements EtFont {
  constructor(private readonly range: FakeEtRange) {}

  get Bold(): boolean {
    return this.range.cells().every((key) => this.range.state().bold.has(key));
  }

  set Bold(bold: boolean) {
    const set = this.range.state().bold;
    for (const key of this.range.cells()) bold ? set.add(key) : set.delete(key);
  }
}

class Validation implements EtValidation {
  constructor(private readonly range: FakeEtRange) {}

  /** Validation.Add fails where a validation exists: "use Delete first" (Microsoft, Validation.Add). */
  Add(type: number, alertStyle = XL.alertStop, operator?: number, formula1?: string, formula2?: string): void {
    const sheet = this.range.state();
    const cells = this.range.cells();
    if (cells.some((key) => sheet.validations.has(key)))
      throw invalidArgument('Validation.Add：区域已有数据有效性，请先 Delete');
    const needsFormula = type !== XL.validateInputOnly;
    if (needsFormula && (formula1 === undefined || formula1 === ''))
      throw invalidArgument('Validation.Add：缺少 Formula1');
    if (type === XL.validateList && (formula1 ?? '').length > MAX_REFERENCE)
      throw invalidArgument('Validation.Add：序列来源超过 255 个字符');
    // Lists and input-only rules ignore Operator (Microsoft, Validation.Add).
    const compares = type !== XL.validateList && type !== XL.validateInputOnly;
    if (compares && operator === XL.between && formula2 === undefined)
      throw invalidArgument('Validation.Add：介于需要 Formula2');
    const rule: EtValidationState = {
      type,
      alertStyle,
      operator,
      formula1,
      formula2,
      ignoreBlank: true,
      inputTitle: '',
      inputMessage: '',
      errorTitle: '',
      errorMessage: '',
      showInput: true,
      showError: true,
    };
    for (const key of cells) sheet.validations.set(key, rule);
  }

  Delete(): void {
    const { validations } = this.range.state();
    for (const key of this.range.cells()) validations.delete(key);
  }

  /** The rule the range's cells share; setting a property without one fails, as in VBA. */
  private rule(): EtValidationState {
    const { validations } = this.range.state();
    const [first] = this.range.cells();
    const rule = first === undefined ? undefined : validations.get(first);
    if (!rule) throw invalidArgument('区域没有数据有效性');
    return rule;
  }

  get IgnoreBlank(): boolean {
    return this.rule().ignoreBlank;
  }
  set IgnoreBlank(v: boolean) {
    this.rule().ignoreBlank = v;
  }
  get InputTitle(): string {
    return this.rule().inputTitle;
  }
  set InputTitle(v: string) {
    this.rule().inputTitle = v;
  }
  get InputMessage(): string {
    return this.rule().inputMessage;
  }
  set InputMessage(v: string) {
    this.rule().inputMessage = v;
  }
  get ErrorTitle(): string {
    return this.rule().errorTitle;
  }
  set ErrorTitle(v: string) {
    this.rule().errorTitle = v;
  }
  get ErrorMessage(): string {
    return this.rule().errorMessage;
  }
  set ErrorMessage(v: string) {
    this.rule().errorMessage = v;
  }
  get ShowInput(): boolean {
    return this.rule().showInput;
  }
  set ShowInput(v: boolean) {
    this.rule().showInput = v;
  }
  get ShowError(): boolean {
    return this.rule().showError;
  }
  set ShowError(v: boolean) {
    this.rule().showError = v;
  }
}

export class FakeEtRange implements EtRange {
  readonly Interior: EtInterior = new Interior(this);
  readonly Font: EtFont = new Font(this);
  readonly Validation: EtValidation = new Validation(this);
  private readonly rects: Rect[];

  constructor(
    private readonly host: RangeHost,
    private readonly sheetName: string,
    address: string,
  ) {
    if (address.length > MAX_REFERENCE) throw invalidArgument(`引用超过 255 个字符：${address.slice(0, 40)}…`);
    this.rects = address.split(',').map(parseRect);
  }

  state(): EtSheetState {
    return this.host.sheet(this.sheetName);
  }

  cells(): string[] {
    return cellsOf(this.rects);
  }

  private get first(): Rect {
    const [first] = this.rects;
    if (!first) throw invalidArgument('empty range');
    return first;
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    return this.rects.map((r) => addressOf(r, rowAbsolute && columnAbsolute)).join(',');
  }

  get Row(): number {
    return this.first.top + 1;
  }

  get Column(): number {
    return this.first.left + 1;
  }

  get Rows(): EtCount {
    return { Count: this.first.bottom - this.first.top + 1 };
  }

  get Columns(): EtCount {
    return { Count: this.first.right - this.first.left + 1 };
  }

  /** One cell: a scalar (undefined when empty); more: rows of cells, of the first area only. */
  get Value2(): EtValue2 {
    const sheet = this.state();
    const r = this.first;
    const at = (row: number, col: number): EtCellState =>
      hiddenByMerge(sheet, row, col) ? undefined : (sheet.values[row]?.[col] ?? undefined);
    if (r.top === r.bottom && r.left === r.right) return at(r.top, r.left);
    const rows: EtCellState[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: EtCellState[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(at(row, col));
      rows.push(line);
    }
    return rows;
  }

  /**
   * A scalar goes into every cell; rows must match the range (a smaller array would leave #N/A
   * in Excel — the fake refuses it so a wrong size shows). Strings are read as typed: a leading
   * apostrophe keeps text, otherwise "=…" is a formula and "001" a number.
   */
  set Value2(value: EtValue2) {
    const sheet = this.state();
    const put = (row: number, col: number, v: EtCellState): void => {
      const key = `${row},${col}`;
      sheet.formulas.delete(key);
      const line = sheet.values[row] ?? [];
      sheet.values[row] = line;
      line[col] =
        typeof v === 'string' && v.startsWith("'")
          ? v.slice(1)
          : typed(v ?? null, () => {
              sheet.formulas.add(key);
            });
    };
    if (!Array.isArray(value)) {
      eachCell(this.rects, (_key, row, col) => put(row, col, value));
      return;
    }
    const r = this.first;
    if (
      this.rects.length !== 1 ||
      value.length !== r.bottom - r.top + 1 ||
      value.some((line) => line.length !== r.right - r.left + 1)
    )
      throw invalidArgument(`Value2 的数组与区域 ${this.Address(false, false)} 大小不符`);
    for (const [i, line] of value.entries()) for (const [j, v] of line.entries()) put(r.top + i, r.left + j, v);
  }

  get HorizontalAlignment(): number {
    return this.cells().every((key) => this.state().centred.has(key)) ? XL.hAlignCenter : 1;
  }

  /** Only centring is modelled; any other alignment clears it. */
  set HorizontalAlignment(value: number) {
    const set = this.state().centred;
    for (const key of this.cells()) value === XL.hAlignCenter ? set.add(key) : set.delete(key);
  }

  get RowHeight(): number {
    return this.state().rowHeights.get(this.first.top) ?? 13.5;
  }

  /** 0 to 409 points (Microsoft, Range.RowHeight). */
  set RowHeight(points: number) {
    if (points < 0 || points > 409) throw invalidArgument(`行高超出范围：${points}`);
    for (let row = this.first.top; row <= this.first.bottom; row++) this.state().rowHeights.set(row, points);
  }

  get ColumnWidth(): number {
    return this.state().columnWidths.get(this.first.left) ?? 8.38;
  }

  /** 0 to 255 characters (Microsoft, Range.ColumnWidth). */
  set ColumnWidth(characters: number) {
    if (characters < 0 || characters > 255) throw invalidArgument(`列宽超出范围：${characters}`);
    for (let col = this.first.left; col <= this.first.right; col++) this.state().columnWidths.set(col, characters);
  }

  get WrapText(): boolean {
    return this.cells().every((key) => this.state().wrapped.has(key));
  }

  set WrapText(wrap: boolean) {
    const set = this.state().wrapped;
    for (const key of this.cells()) wrap ? set.add(key) : set.delete(key);
  }

  get NumberFormat(): string {
    const [key] = this.cells();
    return (key === undefined ? undefined : this.state().numberFormats.get(key)) ?? 'General';
  }

  set NumberFormat(code: string) {
    const map = this.state().numberFormats;
    for (const key of this.cells()) code === 'General' ? map.delete(key) : map.set(key, code);
  }

  /** Merging over an older merge replaces it (Excel merges the union; the adapter never relies on that). */
  Merge(): void {
    this.UnMerge();
    this.state().merges.push(...this.rects);
  }

  UnMerge(): void {
    const { merges } = this.state();
    const kept = merges.filter((m) => !this.rects.some((r) => overlaps(m, r)));
    merges.splice(0, merges.length, ...kept);
  }

  /**
   * Values, formulas and formats. Whether Clear also drops data validation is not documented for
   * ET; the fake keeps it, so an adapter must call Validation.Delete itself either way.
   */
  Clear(): boolean {
    const sheet = this.state();
    eachCell(this.rects, (key, row, col) => {
      const line = sheet.values[row];
      if (line && col < line.length) line[col] = undefined;
      sheet.formulas.delete(key);
      sheet.fills.delete(key);
      sheet.numberFormats.delete(key);
      sheet.bold.delete(key);
      sheet.wrapped.delete(key);
      sheet.centred.delete(key);
    });
    return true;
  }

  /** Selecting on a sheet that is not active fails: "Select method of Range class failed" (VBA). */
  Select(): boolean {
    if (!this.host.isActive(this.sheetName)) throw invalidArgument(`选择失败：工作表 ${this.sheetName} 不是活动工作表`);
    this.host.select(this.sheetName, this.Address(false, false));
    return true;
  }
}
