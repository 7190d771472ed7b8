/**
 * Whether `global` (a page's or a worker's) lacks a built-in the polyfill script supplies
 * (polyfills.ts). Only then does the page (legacy-check.ts) or the validation worker
 * (worker-polyfills.ts) load that script, so a current webview fetches none of it.
 * bundle-targets.test.ts takes each supplied built-in away in turn and expects `true`. ES5 only,
 * as the polyfill script: Trident runs this first.
 */
export function lacksBuiltIns(global: typeof globalThis): boolean {
  return (
    !('globalThis' in global) ||
    !('flatMap' in Array.prototype) ||
    !('fromEntries' in Object) ||
    !('queueMicrotask' in global) ||
    !('TextEncoder' in global) ||
    !('TextDecoder' in global) ||
    !('BigInt' in global)
  );
}
