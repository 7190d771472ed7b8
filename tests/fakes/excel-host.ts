/**
 * An in-memory Excel for testing the add-in's Office.js adapter in Node: a workbook
 * (cell values, fills, selection, custom document properties) behind a fake of the
 * Excel JavaScript API that enforces Office.js semantics — nothing is read before
 * load + sync, nothing changes before sync — and counts round trips and payload bytes.
 */
import type { CellValue } from '#shared/index.ts';
import { parseRect, rectAddress } from './a1.ts';
import { FakeWorkbook } from './excel-proxies.ts';
import { emptySheet, type HostState, type HostStats, Session, type SheetState } from './excel-session.ts';

export { FakeOfficeError } from './a1.ts';
export { MAX_AREAS_ADDRESS } from './excel-proxies.ts';
export { PAYLOAD_LIMIT_BYTES } from './excel-wire.ts';

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;

  constructor(private readonly session: Session) {
    this.workbook = new FakeWorkbook(session);
  }

  sync(): Promise<void> {
    return this.session.sync();
  }
}

export class ExcelHost implements HostState {
  readonly sheets: SheetState[] = [];
  readonly customProperties = new Map<string, string | number | boolean>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  readonly stats: HostStats = { syncs: 0, payloadBytes: [], responseBytes: [], refused: 0 };
  /** The newest ExcelApi 1.x the host implements; older hosts lack getRanges (1.9). */
  excelApiMinor = 17;
  /** A person is typing in a cell (see Session.sync). */
  cellEditing = false;
  failure: { after: number; readonly code: string } | null = null;

  /** The sync after `after` more successful ones fails with `code` before it reaches the workbook. */
  failSync(after: number, code = 'GeneralException'): void {
    this.failure = { after, code };
  }

  /** A table (Insert › Table) over the cells of an address such as "A2:F9". */
  addTable(sheet: string, name: string, address: string): void {
    this.sheet(sheet).tables.push({ name, ...parseRect(address) });
  }

  /** A sheet whose values start at A1. */
  addSheet(name: string, values: readonly (readonly CellValue[])[] = []): this {
    this.sheets.push(emptySheet(name, values));
    this.activeSheet ??= name;
    return this;
  }

  sheet(name: string): SheetState {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** A person typing values in from a cell ("A3") on. */
  type(sheet: string, from: string, values: readonly (readonly CellValue[])[]): void {
    const r = parseRect(from);
    const target = this.sheet(sheet).values;
    values.forEach((line, i) => {
      const row = (target[r.top + i] ??= []);
      line.forEach((v, j) => {
        row[r.left + j] = v;
      });
    });
  }

  /** What a person sees: the fill of one cell ("B3"), or null. */
  fillOf(sheet: string, address: string): string | null {
    const r = parseRect(address);
    return this.sheet(sheet).fills.get(`${r.top},${r.left}`) ?? null;
  }

  /** Every filled cell of a sheet as { "B3": "#F8D7DA" }. */
  fills(sheet: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, colour] of this.sheet(sheet).fills) {
      const [row = 0, col = 0] = key.split(',').map(Number);
      out[rectAddress({ top: row, left: col, bottom: row, right: col })] = colour;
    }
    return out;
  }

  /** A person painting a cell by hand. */
  paint(sheet: string, address: string, colour: string): void {
    const r = parseRect(address);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) this.sheet(sheet).fills.set(`${row},${col}`, colour);
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.payloadBytes.length = 0;
    this.stats.responseBytes.length = 0;
    this.stats.refused = 0;
  }

  /** Stands in for Excel.run: one request context per batch, unusable after it. */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const session = new Session(this);
    let result: T;
    try {
      result = await batch(new FakeRequestContext(session));
    } finally {
      session.close();
    }
    // Office would send leftovers in a final implicit sync; an adapter relying on that is a bug here.
    if (session.pending > 0) throw new Error(`the batch ended with ${session.pending} operations never synced`);
    return result;
  };
}
