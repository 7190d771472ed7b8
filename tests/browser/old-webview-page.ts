/**
 * Chromium made into the pane's oldest webview: every built-in newer than EdgeHTML 18 (as listed in
 * newer-built-ins.ts) deleted before any script of the page and of the validation worker runs.
 */
import type { Page } from 'playwright-core';
import { NEWER_BUILT_INS, removeBuiltIns } from './newer-built-ins.ts';

/**
 * Left in place for the test's own machinery, not the pane's (bundle-targets keeps the pane off
 * them): Playwright's page.evaluate names the 64-bit typed arrays, and the fake Excel host standing
 * in for Office.js uses replaceAll.
 */
const TEST_MACHINERY_NEEDS = new Set(['BigInt64Array', 'BigUint64Array', 'String.prototype.replaceAll']);
const PATHS = NEWER_BUILT_INS.map((b) => b.path).filter((path) => !TEST_MACHINERY_NEEDS.has(path));

/** What the removal must take away, or a test would prove nothing (Symbol.asyncIterator cannot be deleted). */
export const MUST_GO = [
  'Array.prototype.flatMap',
  'Object.fromEntries',
  'globalThis',
  'queueMicrotask',
  'TextEncoder',
  'TextDecoder',
  'String.prototype.trimStart',
  'BigInt',
];

declare global {
  interface Window {
    removedBuiltIns: string[];
  }
}

/** `removeBuiltIns` of the newer built-ins, as a script's first statement. */
const REMOVE = `self.removedBuiltIns = (${removeBuiltIns.toString()})(self, ${JSON.stringify(PATHS)});\n`;

export interface OldWebview {
  /** For openPane: deletes the built-ins in the page and, by prefixing its script, in each validation worker. */
  prepare(page: Page): Promise<void>;
  /** The validation workers the page started, each with the removal run first. */
  readonly workersStarted: readonly string[];
}

export function oldWebview(origin: string): OldWebview {
  const workersStarted: string[] = [];
  return {
    workersStarted,
    async prepare(page) {
      await page.addInitScript({ content: REMOVE });
      await page.route(`${origin}/static/validate-worker-*.js`, async (route) => {
        const original = await route.fetch();
        workersStarted.push(route.request().url());
        await route.fulfill({ response: original, body: REMOVE + (await original.text()) });
      });
    },
  };
}
