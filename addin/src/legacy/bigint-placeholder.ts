/**
 * EdgeHTML 18 has no BigInt, and no polyfill can give it one (bigint is a primitive type with its
 * own syntax and operators). Zod builds its int64/uint64 ranges with `BigInt(…)` when it loads
 * (zod/v4/core/util.js, BIGINT_FORMAT_RANGES), so without a BigInt function zod, and with it the
 * pane, does not load at all. The pane has no bigint schema (tests/browser/bundle-targets.test.ts
 * checks the built pane for one), so those ranges are built and never read.
 *
 * The placeholder lets that construction pass and nothing else: what it returns is no number, and
 * comparing or computing with it throws, so code that really needed a bigint fails loudly instead
 * of computing with a wrong value. ES5 only (no const, no
 * arrows): Trident parses this before it shows the legacy-webview message.
 */
function refuse(): never {
  throw new TypeError('此浏览器不支持 BigInt');
}

export function installBigIntPlaceholder(scope: { BigInt?: unknown }): void {
  if (typeof scope.BigInt === 'function') return;
  scope.BigInt = function bigIntPlaceholder() {
    return Object.freeze({ valueOf: refuse, toString: refuse });
  };
}
