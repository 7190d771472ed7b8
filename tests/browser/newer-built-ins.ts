/**
 * Built-ins newer than the pane's oldest webviews: EdgeHTML 18 (Office 2016/2019 without WebView2)
 * and the Chromium 69–72 of WPS's webviews, per MDN's compatibility tables. A pane script may use
 * one only if the polyfill script (addin/src/legacy/polyfills.ts) supplies it; bundle-targets checks
 * that, and old-webview-page.ts removes them from Chromium to run the pane as those webviews would.
 */
export interface NewerBuiltIn {
  /** Where it lives, as a path from the global object. */
  readonly path: string;
  /** How a minified bundle uses it. */
  readonly use: RegExp;
  /** Why a use stays without a polyfill: code that no workbook the pane reads ever reaches. */
  readonly unreached?: string;
}

export const NEWER_BUILT_INS: readonly NewerBuiltIn[] = [
  { path: 'Array.prototype.flat', use: /\.flat\(/ },
  { path: 'Array.prototype.flatMap', use: /\.flatMap\(/ },
  { path: 'Object.fromEntries', use: /\bObject\.fromEntries\b/ },
  { path: 'globalThis', use: /\bglobalThis\b/ },
  { path: 'queueMicrotask', use: /\bqueueMicrotask\b/ },
  { path: 'TextEncoder', use: /\bTextEncoder\b/ },
  { path: 'TextDecoder', use: /\bTextDecoder\b/ },
  { path: 'String.prototype.trimStart', use: /\.trimStart\(/ },
  { path: 'String.prototype.trimEnd', use: /\.trimEnd\(/ },
  { path: 'String.prototype.matchAll', use: /\.matchAll\(/ },
  { path: 'BigInt', use: /\bBigInt\(/ },
  { path: 'BigInt64Array', use: /\bBigInt64Array\b/ },
  { path: 'BigUint64Array', use: /\bBigUint64Array\b/ },
  {
    path: 'DataView.prototype.getBigUint64',
    use: /\.getBigUint64\(/,
    unreached:
      'shared/xlsx/zip-entries.ts reads zip64 fields with it; the pane reads only workbooks this Worker writes, never zip64',
  },
  { path: 'Promise.allSettled', use: /\bPromise\.allSettled\b/ },
  { path: 'Promise.any', use: /\bPromise\.any\b/ },
  { path: 'AggregateError', use: /\bAggregateError\b/ },
  { path: 'Symbol.asyncIterator', use: /\bSymbol\.asyncIterator\b/ },
  { path: 'WeakRef', use: /\bWeakRef\b/ },
  { path: 'FinalizationRegistry', use: /\bFinalizationRegistry\b/ },
  // Replaced in our code: randomKey (web/random-key.ts) for crypto.randomUUID, an index for .at,
  // a /g regular expression for replaceAll.
  { path: 'crypto.randomUUID', use: /\bcrypto\.randomUUID\b/ },
  { path: 'Array.prototype.at', use: /\.at\(-?\d/ },
  { path: 'String.prototype.replaceAll', use: /\.replaceAll\(/ },
  { path: 'Object.hasOwn', use: /\bObject\.hasOwn\(/ },
  { path: 'structuredClone', use: /\bstructuredClone\(/ },
  { path: 'Array.prototype.findLast', use: /\.findLast\(/ },
  { path: 'Array.prototype.findLastIndex', use: /\.findLastIndex\(/ },
  { path: 'Array.prototype.toSorted', use: /\.toSorted\(/ },
  { path: 'Array.prototype.toReversed', use: /\.toReversed\(/ },
  { path: 'Array.prototype.toSpliced', use: /\.toSpliced\(/ },
  { path: 'Object.groupBy', use: /\bObject\.groupBy\(/ },
  { path: 'Intl.ListFormat', use: /\bIntl\.ListFormat\b/ },
  { path: 'Intl.RelativeTimeFormat', use: /\bIntl\.RelativeTimeFormat\b/ },
  { path: 'Intl.Segmenter', use: /\bIntl\.Segmenter\b/ },
  { path: 'ResizeObserver', use: /\bResizeObserver\b/ },
  { path: 'requestIdleCallback', use: /\brequestIdleCallback\b/ },
  { path: 'Element.prototype.replaceChildren', use: /\.replaceChildren\(/ },
];

/**
 * Deletes the built-ins at `paths` from `scope` (a window, a worker or a VM context): the old
 * webview, in a browser that has them. Self-contained, so it can run serialised inside a page or
 * a worker. Returns the paths that were there to delete.
 */
export function removeBuiltIns(scope: object, paths: readonly string[]): string[] {
  const removed: string[] = [];
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let owner: unknown = scope;
    for (const key of keys) owner = owner === null || owner === undefined ? undefined : Reflect.get(Object(owner), key);
    // Deleted where it is defined: crypto.randomUUID, for one, lives on Crypto.prototype.
    while ((typeof owner === 'object' || typeof owner === 'function') && owner !== null) {
      // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is among the built-ins this deletes.
      if (Object.prototype.hasOwnProperty.call(owner, last)) {
        if (Reflect.deleteProperty(owner, last)) removed.push(path);
        break;
      }
      owner = Object.getPrototypeOf(owner);
    }
  }
  return removed;
}

/** The value at `path` from `scope`, or undefined where any step is missing. */
export function builtInAt(scope: object, path: string): unknown {
  let value: unknown = scope;
  for (const key of path.split('.'))
    value = value === null || value === undefined ? undefined : Reflect.get(Object(value), key);
  return value;
}
