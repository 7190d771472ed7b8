/**
 * Four built-ins of ES2019–ES2020 the pane's bundles use, for EdgeHTML 18 and Chromium 69–72, each
 * defined only where missing and, like the real ones, not enumerable. Written here rather than taken
 * from core-js: its modules cost 9.7 KB gzipped (mostly its shared runtime) against the pane's
 * 100 KB budget, these well under one; each is the specification's plain case, which is all the
 * bundles ask of it (bundle-targets.test.ts runs them). ES5 only (no let or const, no for-of):
 * esbuild cannot lower those to ES5, and Trident parses this script before its message shows.
 */
function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

function flatMap<T, U>(
  this: T[],
  callback: (value: T, index: number, array: T[]) => U | readonly U[],
  thisArg?: unknown,
): U[] {
  var out: U[] = [];
  var mapped: U | readonly U[];
  var i: number;
  var j: number;
  for (i = 0; i < this.length; i++) {
    if (!(i in this)) continue;
    mapped = callback.call(thisArg, this[i] as T, i, this);
    if (Array.isArray(mapped)) for (j = 0; j < mapped.length; j++) out.push(mapped[j] as U);
    else out.push(mapped as U);
  }
  return out;
}

/** Arrays of pairs and Maps' entries are what the bundles pass. */
function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  var out: Record<PropertyKey, unknown> = {};
  Array.from(entries).forEach(function put(entry) {
    out[entry[0]] = entry[1];
  });
  return out;
}

/** A microtask's exception is reported, not swallowed: rethrown outside the promise chain. */
function queueMicrotask(task: () => void): void {
  Promise.resolve()
    .then(task)
    .catch(function report(error: unknown) {
      setTimeout(function rethrow() {
        throw error;
      });
    });
}

export function installEs2019Shims(global: typeof globalThis): void {
  define(global, 'globalThis', global);
  define(Array.prototype, 'flatMap', flatMap);
  define(Object, 'fromEntries', fromEntries);
  define(global, 'queueMicrotask', queueMicrotask);
}
