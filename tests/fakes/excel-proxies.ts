/** The subset of the Excel JavaScript API the add-in's adapter uses, as fake proxies. */
import type { CellValue } from '../../shared/index.ts';
import { FakeOfficeError, invalidArgument, parseRect, qualified, type Rect, rectAddress } from './a1.ts';
import { propertyNames, Proxy, type Session, type SheetState } from './excel-session.ts';

/** Excel rejects a multi-area address longer than this (the classic 255-character reference limit). */
export const MAX_AREAS_ADDRESS = 255;

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === '';

function usedRect(sheet: SheetState): Rect | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isEmpty(v)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { top, left, bottom, right };
}

function valuesOf(sheet: SheetState, r: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: CellValue[] = [];
    // Office reports empty cells as "", never null.
    for (let col = r.left; col <= r.right; col++) line.push(sheet.values[row]?.[col] ?? '');
    out.push(line);
  }
  return out;
}

function eachCell(rects: readonly Rect[], visit: (key: string) => void): void {
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) visit(`${row},${col}`);
}

export class FakeFill extends Proxy {
  constructor(session: Session, private readonly range: FakeRange) {
    super(session);
  }

  get color(): string {
    return this.read<string>('color');
  }

  set color(value: string) {
    this.session.enqueue({ id: this.proxyId, of: this.range.proxyId, set: 'format.fill.color', value }, () => {
      const { sheet, rects } = this.range.target();
      eachCell(rects, (key) => sheet.fills.set(key, value.toUpperCase()));
    });
  }

  clear(): void {
    this.session.enqueue({ id: this.proxyId, of: this.range.proxyId, call: 'format.fill.clear' }, () => {
      const { sheet, rects } = this.range.target();
      eachCell(rects, (key) => sheet.fills.delete(key));
    });
  }
}

/** A Range, or a RangeAreas when made from a comma-separated address. */
export class FakeRange extends Proxy {
  readonly format: { readonly fill: FakeFill };

  constructor(
    session: Session,
    private readonly sheetName: string,
    private readonly locate: (sheet: SheetState) => Rect[] | null,
    json: Record<string, unknown>,
  ) {
    super(session);
    this.format = { fill: new FakeFill(session, this) };
    session.enqueue({ id: this.proxyId, ...json }, () => {
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

  get address(): string {
    return this.read<string>('address');
  }

  load(props?: string | string[]): this {
    const names = propertyNames(props);
    this.session.enqueue({ id: this.proxyId, load: names }, () => {
      const rects = this.locate(this.session.sheet(this.sheetName));
      if (!rects) return undefined; // Loading a null object yields nothing; reading stays an error.
      const response: Record<string, unknown> = {};
      for (const name of names) {
        if (name === 'address') response[name] = rects.map((r) => qualified(this.sheetName, rectAddress(r))).join(',');
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
    this.session.enqueue({ id: this.proxyId, call: 'select' }, () => {
      const { rects } = this.target();
      this.session.host.activeSheet = this.sheetName;
      this.session.host.selection = { sheet: this.sheetName, address: rects.map(rectAddress).join(',') };
    });
  }
}

export class FakeWorksheet extends Proxy {
  constructor(session: Session, private readonly sheetName: string, json: Record<string, unknown> | null) {
    super(session);
    if (json) session.enqueue({ id: this.proxyId, ...json }, () => this.settle('isNullObject', !session.hasSheet(sheetName)));
    else this.settle('isNullObject', false);
  }

  get name(): string {
    return this.read<string>('name');
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.session, this.sheetName, (s) => {
      const r = usedRect(s);
      return r ? [r] : null;
    }, { of: this.proxyId, call: 'getUsedRangeOrNullObject', args: [valuesOnly ?? false] });
  }

  getRange(address: string): FakeRange {
    const rect = parseRect(address);
    return new FakeRange(this.session, this.sheetName, () => [rect], { of: this.proxyId, call: 'getRange', args: [address] });
  }

  getRanges(address: string): FakeRange {
    if (address.length > MAX_AREAS_ADDRESS) throw invalidArgument(`multi-area address longer than ${MAX_AREAS_ADDRESS} characters`);
    const rects = address.split(',').map((a) => parseRect(a.trim()));
    return new FakeRange(this.session, this.sheetName, () => rects, { of: this.proxyId, call: 'getRanges', args: [address] });
  }

  activate(): void {
    this.session.enqueue({ id: this.proxyId, call: 'activate' }, () => {
      this.session.host.activeSheet = this.session.sheet(this.sheetName).name;
    });
  }

  /** Lets `worksheets.load` fill in a worksheet's name during sync. */
  static loaded(session: Session, name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(session, name, null);
    sheet.settle('name', name);
    return sheet;
  }
}

export class FakeWorksheetCollection extends Proxy {
  get items(): FakeWorksheet[] {
    return this.read<FakeWorksheet[]>('items');
  }

  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.session, name, { call: 'worksheets.getItem', args: [name] });
    // getItem fails the whole sync when the sheet is missing, as in Office.
    this.session.enqueue({ check: sheet.proxyId }, () => void this.session.sheet(name));
    return sheet;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.session, name, { call: 'worksheets.getItemOrNullObject', args: [name] });
  }

  load(props?: string | string[]): this {
    this.session.enqueue({ id: this.proxyId, load: propertyNames(props) }, () => {
      const names = this.session.host.sheets.map((s) => s.name);
      this.settle('items', names.map((n) => FakeWorksheet.loaded(this.session, n)));
      return names;
    });
    return this;
  }
}

export class FakeCustomProperty extends Proxy {
  constructor(session: Session, private readonly key: string) {
    super(session);
    session.enqueue({ id: this.proxyId, call: 'properties.custom.getItemOrNullObject', args: [key] }, () =>
      this.settle('isNullObject', !session.host.customProperties.has(key)),
    );
  }

  get value(): string | number | boolean {
    return this.read<string | number | boolean>('value');
  }

  load(props?: string | string[]): this {
    this.session.enqueue({ id: this.proxyId, load: propertyNames(props) }, () => {
      const value = this.session.host.customProperties.get(this.key);
      if (value !== undefined) this.settle('value', value);
      return value;
    });
    return this;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly properties: { readonly custom: { getItemOrNullObject(key: string): FakeCustomProperty } };

  constructor(session: Session) {
    this.worksheets = new FakeWorksheetCollection(session);
    this.properties = { custom: { getItemOrNullObject: (key) => new FakeCustomProperty(session, key) } };
  }
}
