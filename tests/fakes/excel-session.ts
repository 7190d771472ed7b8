/**
 * The request queue of the fake Excel host. Office.js builds proxy objects locally and
 * sends every load and write to Excel only at `context.sync()`; the fake keeps that
 * discipline so an adapter that forgets a sync or reads an unloaded property fails here
 * the way it would fail in Excel, not only in production.
 */
import type { CellValue } from '../../shared/index.ts';
import { FakeOfficeError } from './a1.ts';

export interface SheetState {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Rows from A1 down; null and "" are empty cells. */
  values: CellValue[][];
  /** Fill colour by "row,col" (0-based); absent means no fill. */
  readonly fills: Map<string, string>;
  /** Number format codes by "row,col"; absent means General. */
  readonly numberFormats: Map<string, string>;
  /** Bold and wrapped cells by "row,col". */
  readonly bold: Set<string>;
  readonly wrapped: Set<string>;
  /** Points, by 0-based column / row index. */
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly merges: { top: number; left: number; bottom: number; right: number }[];
  readonly validations: FakeValidation[];
  frozenRows: number;
  /** Cells Excel took as formulas when values were written (a string starting with "="). */
  readonly formulas: Set<string>;
}

/** A data validation as the add-in set it through Range.dataValidation. */
export interface FakeValidation {
  readonly address: string;
  rule: Record<string, unknown> | null;
  errorAlert: Record<string, unknown> | null;
  prompt: Record<string, unknown> | null;
  ignoreBlanks: boolean;
}

export function emptySheet(name: string, values: readonly (readonly CellValue[])[] = []): SheetState {
  return {
    name,
    visibility: 'Visible',
    values: values.map((row) => [...row]),
    fills: new Map(),
    numberFormats: new Map(),
    bold: new Set(),
    wrapped: new Set(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    frozenRows: 0,
    formulas: new Set(),
  };
}

export interface HostStats {
  syncs: number;
  /** JSON bytes of the operations each sync sent: what Excel on the web caps per request. */
  readonly payloadBytes: number[];
  /** JSON bytes of what each sync brought back (loaded values): capped per response too. */
  readonly responseBytes: number[];
}

export interface HostState {
  readonly sheets: SheetState[];
  readonly customProperties: Map<string, string | number | boolean>;
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  readonly stats: HostStats;
  readonly excelApiMinor: number;
}

interface Operation {
  readonly json: unknown;
  /** Runs in Excel at sync; may return what goes back in the response. */
  readonly apply: () => unknown;
}

const utf8 = new TextEncoder();
const jsonBytes = (value: unknown): number => utf8.encode(JSON.stringify(value)).length;

export class Session {
  private queue: Operation[] = [];
  private closed = false;
  private nextId = 1;

  constructor(readonly host: HostState) {}

  id(): number {
    return this.nextId++;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(json: unknown, apply: () => unknown): void {
    if (this.closed)
      throw new FakeOfficeError('InvalidObjectPath', 'an object was used after its Excel.run batch ended');
    this.queue.push({ json, apply });
  }

  sheet(name: string): SheetState {
    const found = this.host.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.host.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'sync after the Excel.run batch ended');
    const ops = this.queue;
    this.queue = [];
    const { stats } = this.host;
    stats.syncs += 1;
    stats.payloadBytes.push(jsonBytes(ops.map((op) => op.json)));
    const responses: unknown[] = [];
    for (const op of ops) {
      const response = op.apply();
      if (response !== undefined) responses.push(response);
    }
    stats.responseBytes.push(jsonBytes(responses));
    // A real sync is a network round trip: callers must not observe it synchronously.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }

  close(): void {
    this.closed = true;
  }
}

/** A proxy whose properties exist only after a load (or a lookup) has been synced. */
export class Proxy {
  readonly proxyId: number;
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly session: Session) {
    this.proxyId = session.id();
  }

  /** Called from an operation's apply, i.e. during sync. */
  settle(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }
}

/** "values,address" or ["values", "address"] as a list of names. */
export function propertyNames(props: string | readonly string[] | undefined): string[] {
  const list = props === undefined ? [] : typeof props === 'string' ? props.split(',') : [...props];
  return list.map((p) => p.trim()).filter((p) => p !== '');
}
