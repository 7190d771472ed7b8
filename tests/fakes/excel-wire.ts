/**
 * What one sync costs on the wire to Excel on the web, measured the way Office.js sends it, and
 * the limit Excel holds it to. Read from `@microsoft/office-js` (dist/excel-web-16.00.debug.js):
 *
 * - `ClientRequestBase.buildRequestMessageBodyAndRequestFlags` builds the request body
 *   `{ AutoKeepReference, Actions, ObjectPaths }`: one action per call, property set or load, and
 *   every object path those actions reference, parents included. `ClientObject._addAction` first
 *   calls `ensureInstantiateObjectPath`, which adds an instantiate action for the object and each
 *   parent not yet instantiated in this request (`range.format.fill.color = …` costs four actions).
 * - `RichApiMessageUtility.buildMessageArrayForIRequestExecutor` stringifies that body, and
 *   `buildRequestMessageSafeArray` puts the text in an array with the method, path and headers.
 * - `ClientEndPoint.invoke` wraps the array in a `Microsoft.Office.Common.Request` and
 *   `MessagePackager.envelope` stringifies it again before `postMessage`: the body goes as a JSON
 *   string inside JSON, every quote escaped. The host answers the same way (`ResponseSender`).
 * - `setRangePropertiesInBulk`: a `values` or `numberFormat` grid of more than 1,500 cells is sent
 *   as row bands, each addressed by `getRow(first).getBoundingRect(getRow(last))`.
 *
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will
 * be thrown if that limit is exceeded."
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * the codes are RequestPayloadSizeLimitExceeded and ResponsePayloadSizeLimitExceeded,
 * `CoreErrorCodes` in the same file.) 5 MB is taken as 5,000,000 bytes of UTF-8, the stricter reading.
 */

export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** The workbook's object path: every other path descends from it. */
export const WORKBOOK = 0;

/** What the fake queues, in the terms of Office.js's request. Dotted names go through properties ("format.fill.color"). */
export type WireOp =
  /** A method returning an object (getRange, worksheets.getItem): an object path and its instantiation. */
  | {
      readonly kind: 'object';
      readonly id: number;
      readonly on: number;
      readonly name: string;
      readonly args: readonly unknown[];
    }
  | { readonly kind: 'call'; readonly on: number; readonly name: string; readonly args: readonly unknown[] }
  | { readonly kind: 'set'; readonly on: number; readonly name: string; readonly value: unknown }
  | { readonly kind: 'query'; readonly on: number; readonly select: readonly string[] }
  /** Fake bookkeeping that Office.js does not send. */
  | { readonly kind: 'none' };

interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments?: readonly unknown[] };
}

interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments: readonly unknown[] };
  readonly QueryInfo?: Record<string, unknown>;
}

/** Office.js's object path types and action types (ObjectPathFactory, ActionFactory). */
const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
/** setRangePropertiesInBulk's maxCellCount. */
const BULK_CELLS = 1_500;

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const utf8 = new TextEncoder();

/** Office.js's message around a request or response, as MessagePackager.envelope stringifies it. */
function envelopedBytes(actionName: string, data: unknown): number {
  const message = {
    _messageType: 0,
    _actionName: actionName,
    _conversationId: '3fa8c2d1_7be04a19_1764600000000',
    _correlationId: 12,
    _data: data,
    _actionType: 0,
    _serializerVersion: 1,
  };
  return utf8.encode(JSON.stringify(message)).length;
}

export class Wire {
  private readonly paths = new Map<number, ObjectPathInfo>([
    [WORKBOOK, { Id: WORKBOOK, ObjectPathType: PATH.global, Name: '' }],
  ]);
  /** Office.js keeps one object per property of an object (range.format), so one path. */
  private readonly properties = new Map<string, number>();

  constructor(private readonly nextId: () => number) {}

  /** An item of a loaded collection, addressed by its id as Office.js does. */
  item(id: number, collection: number, key: string): void {
    this.paths.set(id, {
      Id: id,
      ObjectPathType: PATH.indexer,
      Name: '',
      ParentObjectPathId: collection,
      ArgumentInfo: { Arguments: [key] },
    });
  }

  /** A property holding an object (workbook.worksheets). */
  property(id: number, on: number, name: string): void {
    this.paths.set(id, { Id: id, ObjectPathType: PATH.property, Name: pascal(name), ParentObjectPathId: on });
    this.properties.set(`${on}.${name}`, id);
  }

  /** Bytes of one sync's request as posted to Excel on the web. */
  requestBytes(ops: readonly WireOp[]): number {
    const actions: ActionInfo[] = [];
    const instantiated = new Set<number>();
    const ensure = (id: number): void => {
      const chain: number[] = [];
      for (
        let at: number | undefined = id;
        at !== undefined && !instantiated.has(at);
        at = this.paths.get(at)?.ParentObjectPathId
      )
        chain.unshift(at);
      for (const at of chain) {
        instantiated.add(at);
        actions.push({ Id: this.nextId(), ActionType: ACTION.instantiate, Name: '', ObjectPathId: at });
      }
    };
    for (const op of ops)
      for (const action of this.actionsOf(op)) {
        ensure(action.ObjectPathId);
        if (action.ActionType !== ACTION.instantiate) actions.push(action);
      }
    const objectPaths: Record<string, ObjectPathInfo> = {};
    for (const action of actions) this.reference(action.ObjectPathId, objectPaths);
    const body = JSON.stringify({ AutoKeepReference: false, Actions: actions, ObjectPaths: objectPaths });
    const safeArray = ['', 'POST', 'ProcessQuery', ['sourcelib', 'officejs'], body, 0, 276, '', '', '', '', '', ''];
    return envelopedBytes('executeRichApiRequestAsync', { DdaMethod: { DispatchId: 93 }, ArrayData: safeArray });
  }

  /** Bytes of what a sync brings back, one result per query or instantiation. */
  static responseBytes(results: readonly unknown[]): number {
    const body = JSON.stringify({ Results: results.map((value, i) => ({ ActionId: i + 1, Value: value })) });
    return envelopedBytes('executeRichApiRequestAsync', { Data: [200, [], body] });
  }

  private reference(id: number, into: Record<string, ObjectPathInfo>): void {
    for (let at: number | undefined = id; at !== undefined && into[at] === undefined; ) {
      const info = this.paths.get(at);
      if (!info) return;
      into[at] = info;
      at = info.ParentObjectPathId;
    }
  }

  /** The object a dotted name's last part applies to, making the property paths on the way. */
  private resolve(on: number, name: string): { target: number; last: string } {
    const parts = name.split('.');
    const last = parts.pop() ?? name;
    let target = on;
    for (const part of parts) {
      const key = `${target}.${part}`;
      let id = this.properties.get(key);
      if (id === undefined) {
        id = this.nextId();
        this.property(id, target, part);
      }
      target = id;
    }
    return { target, last: pascal(last) };
  }

  private actionsOf(op: WireOp): ActionInfo[] {
    switch (op.kind) {
      case 'none':
        return [];
      case 'object': {
        const { target, last } = this.resolve(op.on, op.name);
        this.paths.set(op.id, {
          Id: op.id,
          ObjectPathType: PATH.method,
          Name: last,
          ParentObjectPathId: target,
          ArgumentInfo: { Arguments: op.args },
        });
        return [{ Id: this.nextId(), ActionType: ACTION.instantiate, Name: '', ObjectPathId: op.id }];
      }
      case 'call': {
        const { target, last } = this.resolve(op.on, op.name);
        return [
          {
            Id: this.nextId(),
            ActionType: ACTION.method,
            Name: last,
            ObjectPathId: target,
            ArgumentInfo: { Arguments: op.args },
          },
        ];
      }
      case 'query':
        return [
          {
            Id: this.nextId(),
            ActionType: ACTION.query,
            Name: '',
            ObjectPathId: op.on,
            QueryInfo: { Select: op.select.map(pascal), Expand: [], Skip: null, Top: null },
          },
        ];
      case 'set': {
        const { target, last } = this.resolve(op.on, op.name);
        return this.bands(target, op.value).map(({ on, value }) => ({
          Id: this.nextId(),
          ActionType: ACTION.setProperty,
          Name: last,
          ObjectPathId: on,
          ArgumentInfo: { Arguments: [value] },
        }));
      }
    }
  }

  /** A large grid in the row bands setRangePropertiesInBulk sends, each on a range of its own. */
  private bands(on: number, value: unknown): { on: number; value: unknown }[] {
    const first = Array.isArray(value) ? value[0] : undefined;
    if (!Array.isArray(value) || !Array.isArray(first) || value.length * first.length <= BULK_CELLS)
      return [{ on, value }];
    const rows = Math.max(1, Math.round(BULK_CELLS / first.length));
    const out: { on: number; value: unknown }[] = [];
    for (let start = 0; start < value.length; start += rows) {
      const end = Math.min(value.length, start + rows) - 1;
      const [top, bottom, band] = [this.nextId(), this.nextId(), this.nextId()];
      const method = (id: number, parent: number, name: string, args: unknown[]): void =>
        void this.paths.set(id, {
          Id: id,
          ObjectPathType: PATH.method,
          Name: name,
          ParentObjectPathId: parent,
          ArgumentInfo: { Arguments: args },
        });
      method(top, on, 'GetRow', [start]);
      method(bottom, on, 'GetRow', [end]);
      method(band, top, 'GetBoundingRect', [bottom]);
      out.push({ on: band, value: value.slice(start, end + 1) });
    }
    return out;
  }
}
