/** The subset of the Excel JavaScript API the add-in's adapter uses, as fake proxies. */
import { type CellValue, isoToExcelSerial } from '#shared/index.ts';
import { FakeOfficeError, invalidArgument, parseRect, qualified, type Rect, rectAddress } from './a1.ts';
import { requireApi } from './excel-api-sets.ts';
import { eachCell, FakeDataValidation, FakeFormat, overlaps } from './excel-range-parts.ts';
import { editable, emptySheet, propertyNames, FakeProxy, type Session, type SheetState } from './excel-session.ts';
import { WORKBOOK } from './excel-wire.ts';

/** The method call a proxy comes from, as Office.js records it in the object path. */
interface Source {
  readonly on: number;
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Excel rejects a multi-area address longer than this (the classic 255-character reference limit). */
export const MAX_AREAS_ADDRESS = 255;

/**
 * What Excel makes of a value written through Range.values, as if typed: formulas, numbers and
 * dates out of strings that look like them (the add-in must prevent all three for text).
 */
export function typed(value: CellValue, formula: () => void): CellValue {
  if (typeof value !== 'string') return value;
  if (/^[=+\-@]./.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) {
    formula();
    return value;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(value.replaceAll(',', ''))) return Number(value.replaceAll(',', ''));
  const date = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(value);
  if (date)
    return isoToExcelSerial(`${date[1]}-${(date[2] ?? '1').padStart(2, '0')}-${(date[3] ?? '1').padStart(2, '0')}`);
  return value;
}

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

/** The cells holding values, or (valuesOnly false) formats too: fills and number formats. */
function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  const use = (r: number, c: number): void => {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  };
  for (const [r, row] of sheet.values.entries()) for (const [c, v] of row.entries()) if (!isEmpty(v)) use(r, c);
  if (!valuesOnly)
    for (const key of [...sheet.fills.keys(), ...sheet.numberFormats.keys()]) {
      const [r = 0, c = 0] = key.split(',').map(Number);
      use(r, c);
    }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/**
 * "The value of a merged range is specified in the cell of the range's upper-left corner"
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.range.merge): Range.values gives the
 * other cells of a merged area as empty, even when the file they came from still holds values there.
 */
function hiddenByMerge(sheet: SheetState, row: number, col: number): boolean {
  return sheet.merges.some(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
  );
}

function valuesOf(sheet: SheetState, r: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: CellValue[] = [];
    // Office reports empty cells as "", never null.
    for (let col = r.left; col <= r.right; col++)
      line.push(hiddenByMerge(sheet, row, col) ? '' : (sheet.values[row]?.[col] ?? ''));
    out.push(line);
  }
  return out;
}

/** A Range, or a RangeAreas when made from a comma-separated address. */
export class FakeRange extends FakeProxy {
  readonly format: FakeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(
    session: Session,
    private readonly sheetName: string,
    private readonly locate: (sheet: SheetState) => Rect[] | null,
    source: Source,
    /** The address asked for, when it is known before sync (getRange, getRanges). */
    readonly plainAddress = '',
  ) {
    super(session);
    this.format = new FakeFormat(session, this);
    this.dataValidation = new FakeDataValidation(session, this);
    session.enqueue({ kind: 'object', id: this.proxyId, ...source }, () => {
      this.settle('isNullObject', this.locate(session.sheet(sheetName)) === null);
    });
  }

  /** Where the range is in Excel now (valid only inside an operation's apply). */
  target(): { sheet: SheetState; rects: Rect[] } {
    const sheet = this.session.sheet(this.sheetName);
    const rects = this.locate(sheet);
    if (!rects) throw new FakeOfficeError('InvalidObjectPath', 'operation on a null object');
    return { sheet, rects };
  }

  get values(): CellValue[][] {
    return this.read<CellValue[][]>('values');
  }

  /** Office requires the array to match the range exactly. */
  set values(values: CellValue[][]) {
    this.writeGrid('values', values, (sheet, row, col, value) => {
      const line = (sheet.values[row] ??= []);
      // As if typed: a leading apostrophe keeps the rest as text; otherwise Excel interprets it.
      const key = `${row},${col}`;
      sheet.formulas.delete(key);
      line[col] =
        typeof value === 'string' && value.startsWith("'")
          ? value.slice(1)
          : typed(value, () => sheet.formulas.add(key));
    });
  }

  set numberFormat(formats: string[][]) {
    this.writeGrid('numberFormat', formats, (sheet, row, col, format) =>
      sheet.numberFormats.set(`${row},${col}`, format),
    );
  }

  private writeGrid<T>(
    property: string,
    grid: T[][],
    put: (sheet: SheetState, row: number, col: number, value: T) => void,
  ): void {
    const rect = parseRect(this.plainAddress);
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (grid.length !== rows || grid.some((line) => line.length !== cols)) {
      throw invalidArgument(
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property} ${this.plainAddress})`,
      );
    }
    this.session.enqueue({ kind: 'set', on: this.proxyId, name: property, value: grid }, () => {
      const sheet = editable(this.target().sheet, `Range.${property}`);
      for (const [i, line] of grid.entries())
        for (const [j, value] of line.entries()) put(sheet, rect.top + i, rect.left + j, value);
    });
  }

  get rowCount(): number {
    return this.read<number>('rowCount');
  }

  get columnCount(): number {
    return this.read<number>('columnCount');
  }

  unmerge(): void {
    requireApi(this.session, 'Range.unmerge');
    this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'unmerge', args: [] }, () => {
      const { sheet, rects } = this.target();
      editable(sheet, 'Range.unmerge');
      const kept = sheet.merges.filter((m) => !rects.some((r) => overlaps(m, r)));
      sheet.merges.splice(0, sheet.merges.length, ...kept);
    });
  }

  merge(): void {
    requireApi(this.session, 'Range.merge');
    this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'merge', args: [] }, () => {
      const { sheet, rects } = this.target();
      editable(sheet, 'Range.merge');
      // "A table can't overlap with ... merged cells" (MergedRangeConflict,
      // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes).
      if (sheet.tables.some((t) => rects.some((r) => overlaps(t, r))))
        throw new FakeOfficeError(
          'MergedRangeConflict',
          "Cannot complete the operation. A table can't overlap with merged cells.",
          'Range.merge',
        );
      sheet.merges.push(...rects);
    });
  }

  /** Contents clears values; All also clears formats and fills. */
  clear(applyTo: 'All' | 'Contents' = 'All'): void {
    this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'clear', args: [applyTo] }, () => {
      const { sheet, rects } = this.target();
      editable(sheet, 'Range.clear');
      eachCell(
        rects.map((r) => ({ ...r, bottom: Math.min(r.bottom, sheet.values.length - 1) })),
        (_key, row, col) => {
          const line = sheet.values[row];
          if (line && col < line.length) line[col] = null;
        },
      );
      if (applyTo === 'All') {
        const inside = (key: string): boolean => {
          const [row = 0, col = 0] = key.split(',').map(Number);
          return rects.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right);
        };
        for (const map of [sheet.fills, sheet.numberFormats])
          for (const key of [...map.keys()]) if (inside(key)) map.delete(key);
        for (const set of [sheet.bold, sheet.wrapped]) for (const key of [...set]) if (inside(key)) set.delete(key);
      }
    });
  }

  get address(): string {
    return this.read<string>('address');
  }

  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.session.enqueue({ kind: 'query', on: this.proxyId, select: names }, () => {
      const rects = this.locate(this.session.sheet(this.sheetName));
      if (!rects) return undefined; // Loading a null object yields nothing; reading stays an error.
      const response: Record<string, unknown> = {};
      for (const name of names) {
        const [first] = rects;
        if (name === 'address') response[name] = rects.map((r) => qualified(this.sheetName, rectAddress(r))).join(',');
        else if (name === 'rowCount' && first) response[name] = first.bottom - first.top + 1;
        else if (name === 'columnCount' && first) response[name] = first.right - first.left + 1;
        else if (name === 'values') {
          const [only, extra] = rects;
          if (!only || extra) throw invalidArgument('values of a multi-area range');
          response[name] = valuesOf(this.session.sheet(this.sheetName), only);
        } else throw invalidArgument(`the fake does not load ${name}`);
        this.settle(name, response[name]);
      }
      return response;
    });
    return this;
  }

  select(): void {
    this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'select', args: [] }, () => {
      const { rects } = this.target();
      this.session.host.activeSheet = this.sheetName;
      this.session.host.selection = { sheet: this.sheetName, address: rects.map(rectAddress).join(',') };
    });
  }
}

export class FakeWorksheet extends FakeProxy {
  constructor(
    session: Session,
    private sheetName: string,
    source: Source | null,
  ) {
    super(session);
    if (source)
      session.enqueue({ kind: 'object', id: this.proxyId, ...source }, () =>
        this.settle('isNullObject', !session.hasSheet(sheetName)),
      );
    else this.settle('isNullObject', false);
  }

  /** Worksheet.protection (ExcelApi 1.2): whether the sheet is protected, once loaded with the sheet. */
  get protection(): { readonly protected: boolean } {
    return { protected: this.read<boolean>('protection/protected') };
  }

  get name(): string {
    return this.read<string>('name');
  }

  /** Renaming follows the sheet: this proxy keeps pointing at it under its new name. */
  set name(value: string) {
    this.session.enqueue({ kind: 'set', on: this.proxyId, name: 'name', value }, () => {
      if (value.length > 31 || /[[\]:*?/\\]/.test(value)) throw invalidArgument(`invalid sheet name ${value}`);
      if (this.session.hasSheet(value))
        throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named ${value} already exists`);
      this.session.sheet(this.sheetName).name = value;
      this.sheetName = value;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    requireApi(this.session, 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.session,
      this.sheetName,
      (s) => {
        const r = usedRect(s, valuesOnly ?? false);
        return r ? [r] : null;
      },
      { on: this.proxyId, name: 'getUsedRangeOrNullObject', args: [valuesOnly ?? false] },
    );
  }

  /** ExcelApi 1.1: on an empty sheet, A1 (never a null object). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) requireApi(this.session, 'Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(
      this.session,
      this.sheetName,
      (s) => [usedRect(s, valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 }],
      { on: this.proxyId, name: 'getUsedRange', args: valuesOnly === undefined ? [] : [valuesOnly] },
    );
  }

  /** Reading it is ExcelApi 1.1; setting it, 1.2. */
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    requireApi(this.session, 'Worksheet.visibility=');
    this.session.enqueue({ kind: 'set', on: this.proxyId, name: 'visibility', value }, () => {
      const sheet = this.session.sheet(this.sheetName);
      if (value !== 'Visible' && this.session.host.sheets.every((s) => s === sheet || s.visibility !== 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
      sheet.visibility = value;
    });
  }

  /** Without an address: the whole sheet. */
  getRange(address = 'A1:XFD1048576'): FakeRange {
    const rect = parseRect(address);
    return new FakeRange(
      this.session,
      this.sheetName,
      () => [rect],
      { on: this.proxyId, name: 'getRange', args: [address] },
      address,
    );
  }

  readonly freezePanes = {
    freezeRows: (count: number): void => {
      requireApi(this.session, 'Worksheet.freezePanes');
      this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'freezePanes.freezeRows', args: [count] }, () => {
        this.session.sheet(this.sheetName).frozenRows = count;
      });
    },
  };

  getRanges(address: string): FakeRange {
    requireApi(this.session, 'Worksheet.getRanges');
    if (address.length > MAX_AREAS_ADDRESS)
      throw invalidArgument(`multi-area address longer than ${MAX_AREAS_ADDRESS} characters`);
    const rects = address.split(',').map((a) => parseRect(a.trim()));
    return new FakeRange(
      this.session,
      this.sheetName,
      () => rects,
      { on: this.proxyId, name: 'getRanges', args: [address] },
      address,
    );
  }

  delete(): void {
    this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'delete', args: [] }, () => {
      const at = this.session.host.sheets.findIndex((s) => s.name.toLowerCase() === this.sheetName.toLowerCase());
      if (at < 0) throw new FakeOfficeError('ItemNotFound', `worksheet ${this.sheetName}`);
      if (this.session.host.sheets.length === 1)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
      this.session.host.sheets.splice(at, 1);
    });
  }

  activate(): void {
    this.session.enqueue({ kind: 'call', on: this.proxyId, name: 'activate', args: [] }, () => {
      this.session.host.activeSheet = this.session.sheet(this.sheetName).name;
    });
  }

  /** Lets `worksheets.load` fill in a worksheet's name (and protection) during sync. */
  static loaded(session: Session, state: SheetState, collection: number, select: readonly string[]): FakeWorksheet {
    const sheet = new FakeWorksheet(session, state.name, null);
    // Office.js addresses an item of a loaded collection by the id Excel gave it.
    session.wire.item(
      sheet.proxyId,
      collection,
      `{${String(session.host.sheets.indexOf(state)).padStart(8, '0')}-0001-0000-0000-000000000000}`,
    );
    sheet.settle('name', state.name);
    if (select.includes('items/protection/protected')) sheet.settle('protection/protected', state.protected);
    return sheet;
  }
}

export class FakeWorksheetCollection extends FakeProxy {
  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>('items');
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.session, name, { on: this.proxyId, name: 'getItem', args: [name] });
    // getItem fails the whole sync when the sheet is missing, as in Office.
    this.session.enqueue({ kind: 'none' }, () => void this.session.sheet(name));
    return sheet;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    requireApi(this.session, 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.session, name, { on: this.proxyId, name: 'getItemOrNullObject', args: [name] });
  }

  /** Fails the sync on a name Excel refuses or one already taken, as Office does. */
  add(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.session, name, null);
    this.session.enqueue({ kind: 'object', id: sheet.proxyId, on: this.proxyId, name: 'add', args: [name] }, () => {
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw invalidArgument(`invalid sheet name ${name}`);
      if (this.session.hasSheet(name))
        throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named ${name} already exists`);
      this.session.host.sheets.push(emptySheet(name));
    });
    return sheet;
  }

  load(props?: string | string[]): this {
    const select = propertyNames(props);
    if (select.includes('items/protection/protected')) requireApi(this.session, 'Worksheet.protection');
    this.session.enqueue({ kind: 'query', on: this.proxyId, select }, () => {
      const { sheets } = this.session.host;
      this.settle(
        'items',
        sheets.map((s) => FakeWorksheet.loaded(this.session, s, this.proxyId, select)),
      );
      return sheets.map((s) => (select.includes('items/protection/protected') ? [s.name, s.protected] : s.name));
    });
    return this;
  }
}

export class FakeCustomProperty extends FakeProxy {
  constructor(
    session: Session,
    private readonly key: string,
  ) {
    super(session);
    session.enqueue(
      { kind: 'object', id: this.proxyId, on: WORKBOOK, name: 'properties.custom.getItemOrNullObject', args: [key] },
      () => this.settle('isNullObject', !session.host.customProperties.has(key)),
    );
  }

  get value(): string | number | boolean {
    return this.read<string | number | boolean>('value');
  }

  load(props?: string | string[]): this {
    this.session.enqueue({ kind: 'query', on: this.proxyId, select: propertyNames(props) }, () => {
      const value = this.session.host.customProperties.get(this.key);
      if (value !== undefined) this.settle('value', value);
      return value;
    });
    return this;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly properties: {
    readonly custom: {
      getItemOrNullObject(key: string): FakeCustomProperty;
      add(key: string, value: string | number | boolean): void;
    };
  };

  constructor(session: Session) {
    this.worksheets = new FakeWorksheetCollection(session);
    session.wire.property(this.worksheets.proxyId, WORKBOOK, 'worksheets');
    this.properties = {
      custom: {
        getItemOrNullObject: (key) => {
          requireApi(session, 'Workbook.properties');
          return new FakeCustomProperty(session, key);
        },
        // Office's add replaces the value of an existing key.
        add: (key, value) => {
          requireApi(session, 'Workbook.properties');
          session.enqueue(
            { kind: 'call', on: WORKBOOK, name: 'properties.custom.add', args: [key, value] },
            () => void session.host.customProperties.set(key, value),
          );
        },
      },
    };
  }
}
