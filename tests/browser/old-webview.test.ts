/**
 * The built task pane as EdgeHTML 18 (Office 2016/2019 without WebView2) would run it: Chromium
 * with every built-in newer than that webview deleted before any script of the page and of the
 * validation worker runs. The polyfill script must bring back what the bundles use; then a clerk
 * inserts the standard sheets, checks a planted mistake (in the worker), fixes it and submits.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { activity } from '../../shared/index.ts';
import { startBrowserSystem, type BrowserSystem } from './harness.ts';
import { NEWER_BUILT_INS, removeBuiltIns } from './newer-built-ins.ts';
import { officeShimScript } from './office-fake/bundle.ts';
import { activityRow, fillsOf, letterOf, openPane, signIn, typeRows } from './taskpane-page.ts';

let sys: BrowserSystem;
let shim: string;

beforeAll(async () => {
  [sys, shim] = await Promise.all([startBrowserSystem(), officeShimScript()]);
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

/**
 * Left in place for the test's own machinery, not the pane's (bundle-targets keeps the pane off
 * them): Playwright's page.evaluate names the 64-bit typed arrays, and the fake Excel host standing
 * in for Office.js uses replaceAll.
 */
const TEST_MACHINERY_NEEDS = new Set(['BigInt64Array', 'BigUint64Array', 'String.prototype.replaceAll']);
const PATHS = NEWER_BUILT_INS.map((b) => b.path).filter((path) => !TEST_MACHINERY_NEEDS.has(path));
/** What every removal must take away, or the test would prove nothing (Symbol.asyncIterator cannot be deleted). */
const MUST_GO = [
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
/** The validation workers the page started, each with REMOVE run first. */
const workersStarted: string[] = [];

/** Deletes the newer built-ins in the page and, by prefixing its script, in every validation worker it starts. */
async function asOldWebview(page: Page): Promise<void> {
  await page.addInitScript({ content: REMOVE });
  await page.route(`${sys.system.origin}/static/validate-worker-*.js`, async (route) => {
    const original = await route.fetch();
    workersStarted.push(route.request().url());
    await route.fulfill({ response: original, body: REMOVE + (await original.text()) });
  });
}

describe('the task pane in an old webview (EdgeHTML 18)', () => {
  test('loads with the polyfill script, and checks, highlights and submits a workbook', async () => {
    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim, { excelApiMinor: 7, platform: 'PC' }, asOldWebview);
    // The pane first (without the polyfills it never renders), then Playwright's page.evaluate,
    // which itself needs globalThis.
    await signIn(page, sys.token('BZC', 'clerk'));
    await expect(page.evaluate(() => window.removedBuiltIns)).resolves.toEqual(expect.arrayContaining(MUST_GO));
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText('已插入 3 张表，升级 0 张表。').waitFor();
    const A = activity.sheetName;
    await typeRows(page, A, 'A3', [activityRow(1), activityRow(2, { 参加人次: -5 })]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText(/^发现 1 个错误/).waitFor();
    expect(workersStarted).toHaveLength(1);
    expect(Object.keys(await fillsOf(page, A))).toEqual([`${letterOf(activity, '参加人次')}4`]);

    await typeRows(page, A, `${letterOf(activity, '参加人次')}4`, [[30]]);
    await page.getByRole('button', { name: '一键报送' }).click();
    await page.getByText('报送成功').waitFor();
    await expect(page.locator('[data-field="version"]').textContent()).resolves.toBe('1');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
