/**
 * The request queue of the fake Excel host. Office.js builds proxy objects locally and
 * sends every load and write to Excel only at `context.sync()`; the fake keeps that
 * discipline so an adapter that forgets a sync or reads an unloaded property fails here
 * the way it would fail in Excel, not only in production.
 */
import type { CellValue } from '#shared/index.ts';
import { FakeOfficeError } from './a1.ts';
import { PAYLOAD_LIMIT_BYTES, Wire, type WireOp } from './excel-wire.ts';

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
  /** Protected (Review › Protect Sheet): its cells and formats refuse changes; reading still works. */
  protected: boolean;
  /** Tables (Insert › Table, Excel.Table): a name and the cells it covers, header row included. */
  readonly tables: {
    readonly name: string;
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  }[];
}

/**
 * Excel refuses to change a protected sheet's cells or formats ("The cell or chart you're trying
 * to change is on a protected sheet"); Office.js reports it as AccessDenied, "You cannot perform
 * the requested operation" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes).
 */
export function editable(sheet: SheetState, location: string): SheetState {
  if (sheet.protected)
    throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.', location);
  return sheet;
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
    protected: false,
    tables: [],
  };
}

export interface HostStats {
  syncs: number;
  /** Bytes of each sync's request as Office.js posts it (excel-wire.ts), refused ones included. */
  readonly payloadBytes: number[];
  /** Bytes of what each sync brought back, as the host posts it back. */
  readonly responseBytes: number[];
  /** Syncs the host refused for their size. */
  refused: number;
}

export interface HostState {
  readonly sheets: SheetState[];
  readonly customProperties: Map<string, string | number | boolean>;
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  readonly stats: HostStats;
  readonly excelApiMinor: number;
  /** The user is typing in a cell: Excel takes no request until they finish. */
  readonly cellEditing: boolean;
  /** A sync that fails on its way (a closed pane, a lost connection): counted down at each sync. */
  failure: { after: number; readonly code: string } | null;
}

interface Operation {
  readonly wire: WireOp;
  /** Runs in Excel at sync; may return what goes back in the response. */
  readonly apply: () => unknown;
}

function payloadError(which: 'Request' | 'Response'): FakeOfficeError {
  // Office.js's own wording (L_RequestPayloadSizeLimitExceededMessage in en-us/office_strings.debug.js).
  return new FakeOfficeError(
    `${which}PayloadSizeLimitExceeded`,
    `The ${which.toLowerCase()} payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".`,
  );
}

/**
 * "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the
 * Enter or Tab keys, or by selecting another cell, and then try again."
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes)
 */
const cellEditError = (): FakeOfficeError =>
  new FakeOfficeError(
    'InvalidOperationInCellEditMode',
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  );

export class Session {
  private queue: Operation[] = [];
  private closed = false;
  private nextId = 1;
  readonly wire = new Wire(() => this.id());

  constructor(readonly host: HostState) {}

  id(): number {
    return this.nextId++;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(wire: WireOp, apply: () => unknown): void {
    if (this.closed)
      throw new FakeOfficeError('InvalidObjectPath', 'an object was used after its Excel.run batch ended');
    this.queue.push({ wire, apply });
  }

  sheet(name: string): SheetState {
    const found = this.host.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet ${name}`);
    return found;
  }

  hasSheet(name: string): boolean {
    return this.host.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * One round trip. Excel refuses an oversized request before running any of it; an oversized
   * response is refused after the request ran, so its writes stay. A failing operation stops the
   * batch where it is: the ones before it stay applied, as in Excel.
   */
  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError('InvalidObjectPath', 'sync after the Excel.run batch ended');
    const ops = this.queue;
    this.queue = [];
    const { stats } = this.host;
    stats.syncs += 1;
    // A real sync is a network round trip: callers must not observe it synchronously.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    const requestBytes = this.wire.requestBytes(ops.map((op) => op.wire));
    stats.payloadBytes.push(requestBytes);
    if (this.host.cellEditing) throw cellEditError();
    const { failure } = this.host;
    if (failure && failure.after-- <= 0) {
      this.host.failure = null;
      throw new FakeOfficeError(failure.code, 'the sync failed on its way to Excel');
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      stats.refused += 1;
      throw payloadError('Request');
    }
    const responses: unknown[] = [];
    for (const op of ops) {
      const response = op.apply();
      if (response !== undefined) responses.push(response);
    }
    const responseBytes = Wire.responseBytes(responses);
    stats.responseBytes.push(responseBytes);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      stats.refused += 1;
      throw payloadError('Response');
    }
  }

  close(): void {
    this.closed = true;
  }
}

/** A proxy whose properties exist only after a load (or a lookup) has been synced. */
export class FakeProxy {
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
