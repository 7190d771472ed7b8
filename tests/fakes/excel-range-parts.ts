/** The parts of a fake Range that only write: format (fill, font, sizes, wrap) and data validation. */
import { FakeOfficeError, invalidArgument, parseRect, type Rect } from './a1.ts';
import { requireApi } from './excel-api-sets.ts';
import { editable, type FakeValidation, FakeProxy, type Session, type SheetState } from './excel-session.ts';

/** What a part needs of its range: where it is in Excel now (valid only during sync). */
export interface RangeTarget {
  readonly proxyId: number;
  target(): { sheet: SheetState; rects: Rect[] };
  /** The range's address without the sheet, for recording validations. */
  readonly plainAddress: string;
}

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export function eachCell(rects: readonly Rect[], visit: (key: string, row: number, col: number) => void): void {
  for (const r of rects)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) visit(`${row},${col}`, row, col);
}

export class FakeFill extends FakeProxy {
  constructor(
    session: Session,
    private readonly range: RangeTarget,
  ) {
    super(session);
  }

  get color(): string {
    return this.read<string>('color');
  }

  set color(value: string) {
    this.session.enqueue({ kind: 'set', on: this.range.proxyId, name: 'format.fill.color', value }, () => {
      const { sheet, rects } = this.range.target();
      editable(sheet, 'RangeFill.color');
      eachCell(rects, (key) => sheet.fills.set(key, value.toUpperCase()));
    });
  }

  clear(): void {
    this.session.enqueue({ kind: 'call', on: this.range.proxyId, name: 'format.fill.clear', args: [] }, () => {
      const { sheet, rects } = this.range.target();
      editable(sheet, 'RangeFill.clear');
      eachCell(rects, (key) => sheet.fills.delete(key));
    });
  }
}

export class FakeFormat {
  readonly fill: FakeFill;
  readonly font: { bold: boolean };

  constructor(
    private readonly session: Session,
    private readonly range: RangeTarget,
  ) {
    this.fill = new FakeFill(session, range);
    const write = this.write.bind(this);
    this.font = {
      set bold(value: boolean) {
        write('format.font.bold', value, (sheet, rects) =>
          eachCell(rects, (key) => (value ? sheet.bold.add(key) : sheet.bold.delete(key))),
        );
      },
      get bold(): boolean {
        throw new FakeOfficeError('PropertyNotLoaded', 'the fake does not load font.bold');
      },
    };
  }

  private write(property: string, value: unknown, apply: (sheet: SheetState, rects: Rect[]) => void): void {
    this.session.enqueue({ kind: 'set', on: this.range.proxyId, name: property, value }, () => {
      const { sheet, rects } = this.range.target();
      apply(editable(sheet, property), rects);
    });
  }

  set columnWidth(points: number) {
    if (!(points >= 0)) throw invalidArgument('columnWidth');
    requireApi(this.session, 'RangeFormat.columnWidth');
    this.write('format.columnWidth', points, (sheet, rects) =>
      rects.forEach((r) => {
        for (let c = r.left; c <= r.right; c++) sheet.columnWidths.set(c, points);
      }),
    );
  }

  set rowHeight(points: number) {
    if (!(points >= 0)) throw invalidArgument('rowHeight');
    requireApi(this.session, 'RangeFormat.rowHeight');
    this.write('format.rowHeight', points, (sheet, rects) =>
      rects.forEach((r) => {
        for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, points);
      }),
    );
  }

  set wrapText(value: boolean) {
    this.write('format.wrapText', value, (sheet, rects) =>
      eachCell(rects, (key) => (value ? sheet.wrapped.add(key) : sheet.wrapped.delete(key))),
    );
  }

  set horizontalAlignment(value: string) {
    this.write('format.horizontalAlignment', value, () => undefined);
  }

  set verticalAlignment(value: string) {
    this.write('format.verticalAlignment', value, () => undefined);
  }
}

const RULE_KINDS = ['list', 'wholeNumber', 'decimal', 'date', 'time', 'textLength', 'custom'];
/** Excel's limit on an inline list source ("a,b,c"). */
export const MAX_LIST_SOURCE = 255;

/** Range.dataValidation (ExcelApi 1.8): rule, alerts and clear, recorded per range. */
export class FakeDataValidation {
  constructor(
    private readonly session: Session,
    private readonly range: RangeTarget,
  ) {}

  private entry(sheet: SheetState): FakeValidation {
    const address = this.range.plainAddress;
    let found = sheet.validations.find((v) => v.address === address);
    if (!found) {
      found = { address, rule: null, errorAlert: null, prompt: null, ignoreBlanks: true };
      sheet.validations.push(found);
    }
    return found;
  }

  private write(property: string, value: unknown, apply: (v: FakeValidation) => void): void {
    requireApi(this.session, 'Range.dataValidation');
    this.session.enqueue({ kind: 'set', on: this.range.proxyId, name: `dataValidation.${property}`, value }, () =>
      apply(this.entry(editable(this.range.target().sheet, `DataValidation.${property}`))),
    );
  }

  set rule(rule: Record<string, unknown>) {
    const kinds = Object.keys(rule);
    const [kind] = kinds;
    if (kinds.length !== 1 || kind === undefined || !RULE_KINDS.includes(kind))
      throw invalidArgument(`a data validation rule has exactly one of ${RULE_KINDS.join(', ')}`);
    const source = (rule.list as { source?: unknown } | undefined)?.source;
    if (typeof source === 'string' && !source.startsWith('=') && source.length > MAX_LIST_SOURCE)
      throw invalidArgument('list source over 255 characters');
    this.write('rule', rule, (v) => {
      v.rule = rule;
    });
  }

  set errorAlert(alert: Record<string, unknown>) {
    this.write('errorAlert', alert, (v) => {
      v.errorAlert = alert;
    });
  }

  set prompt(prompt: Record<string, unknown>) {
    this.write('prompt', prompt, (v) => {
      v.prompt = prompt;
    });
  }

  set ignoreBlanks(value: boolean) {
    this.write('ignoreBlanks', value, (v) => {
      v.ignoreBlanks = value;
    });
  }

  /** Removes every validation that overlaps the range, as Excel does. */
  clear(): void {
    requireApi(this.session, 'Range.dataValidation');
    this.session.enqueue({ kind: 'call', on: this.range.proxyId, name: 'dataValidation.clear', args: [] }, () => {
      const { sheet, rects } = this.range.target();
      editable(sheet, 'DataValidation.clear');
      const kept = sheet.validations.filter((v) => !rects.some((r) => overlaps(parseRect(v.address), r)));
      sheet.validations.splice(0, sheet.validations.length, ...kept);
    });
  }
}
