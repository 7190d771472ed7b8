/**
 * The built task pane in Debian Chromium as WPS 表格 runs it: the in-memory ET host on
 * window.Application instead of Office.js, newer browser APIs removed (tests/browser/et-fake),
 * against the real Worker and D1. A clerk inserts the standard sheets, checks planted mistakes,
 * sees them painted in the sheet, fixes them and submits.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OFFICE_JS_DIR, officeJsUrl } from '../../addin/build/office-js.ts';
import { highlightColour } from '../../addin/src/highlight/colours.ts';
import { activity, type CellValue, ledgers } from '#shared/index.ts';
import { STAMP_SHEET } from '#shared/template/stamp-sheet.ts';
import { etShimScript } from './et-fake/bundle.ts';
import { sheetViewHtml } from './et-fake/sheet-view.ts';
import { type BrowserSystem, screenshot, startBrowserSystem } from './harness.ts';
import { activityRow, letterOf, signIn } from './taskpane-page.ts';

let sys: BrowserSystem;
let shim: string;

beforeAll(async () => {
  [sys, shim] = await Promise.all([startBrowserSystem(), etShimScript()]);
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

const A = activity.sheetName;
const col = (header: string): string => letterOf(activity, header);

describe('the task pane in WPS 表格', () => {
  test('insert → planted mistakes → 校验 paints the ET sheet → fix → 一键报送', async () => {
    const context = await sys.newContext();
    const page = await context.newPage();
    const problems = sys.watch(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.addInitScript({ content: shim });
    // WPS's page (what ribbon.js opens) loads neither Office.js nor Excel's adapter.
    await page.goto(`${sys.system.origin}/addin/taskpane-wps`);
    const token = sys.token('BZC', 'clerk');
    await signIn(page, token);
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表，升级 0 张表。`).waitFor();
    const names = await page.evaluate(() => window.etHost.sheets.map((s) => s.name));
    expect(names).toEqual(['Sheet1', ...ledgers.map((l) => l.sheetName), STAMP_SHEET]);
    expect(await page.evaluate(() => window.etHost.customProperties.get('QingfengYear'))).toBe('2026');

    const type = (from: string, rows: CellValue[][]) =>
      page.evaluate(([s, f, r]) => window.etHost.type(s, f, r), [A, from, rows] as const);
    await type('A3', [
      activityRow(1),
      activityRow(2, { 参加人次: -5 }),
      activityRow(3, { 活动日期: '不是日期' }),
      activityRow(4, { 参加人次: 0 }),
    ]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('发现 2 个错误、1 个提醒。').waitFor();
    const dataFills = async () =>
      Object.fromEntries(
        Object.entries(await page.evaluate((s) => window.etHost.fills(s), A)).filter(
          ([cell]) => Number(/\d+/.exec(cell)?.[0]) >= 3,
        ),
      );
    expect(await dataFills()).toEqual({
      [`${col('参加人次')}4`]: highlightColour.error,
      [`${col('活动日期')}5`]: highlightColour.error,
      [`${col('参加人次')}6`]: highlightColour.warning,
    });
    await page.setViewportSize({ width: 360, height: 720 });
    await screenshot(page, 'wps-taskpane-check');
    const held = await page.evaluate((s) => ({ values: window.etHost.values(s), fills: window.etHost.fills(s) }), A);
    const sheetView = await context.newPage();
    await sheetView.setViewportSize({ width: 900, height: 230 });
    await sheetView.setContent(sheetViewHtml(A, held.values, held.fills, { rows: 6, columns: 9 }));
    await screenshot(sheetView, 'wps-sheet-check');
    await sheetView.close();
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: new RegExp(`^错误 ${col('活动日期')}5`) }).click();
    await expect
      .poll(() => page.evaluate(() => window.etHost.selection))
      .toEqual({ sheet: A, address: `${col('活动日期')}5` });

    await type(`${col('参加人次')}4`, [[30]]);
    await type(`${col('活动日期')}5`, [['2026-04-02']]);
    await page.getByRole('button', { name: '一键报送' }).click();
    await page.getByText('有 1 个提醒').waitFor();
    await page.getByLabel('我已核实以上提醒，确认报送').check();
    await page.getByRole('button', { name: '确认报送' }).click();
    await page.getByText('报送成功').waitFor();
    expect(await dataFills()).toEqual({ [`${col('参加人次')}6`]: highlightColour.warning });
    expect(fetched.filter((path) => path.startsWith(`/${OFFICE_JS_DIR}/`))).toEqual([]);
    expect(fetched.some((path) => /^\/static\/taskpane-wps-[\w-]+\.js$/.test(path))).toBe(true);
    expect(fetched.filter((path) => /^\/static\/taskpane-(?!wps-)[\w-]+\.js$/.test(path))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test("a WPS that opens Excel's page (a ribbon.js from before WPS had its own) is sent to WPS's page; a browser tab that opens WPS's page, to Excel's", async () => {
    const context = await sys.newContext();
    const wps = await context.newPage();
    await wps.addInitScript({ content: shim });
    // Office.js as served, stood in for: on Excel's page it would wait for a host that is not there.
    await wps.route(`${sys.system.origin}${officeJsUrl('self')}`, (route) =>
      route.fulfill({ contentType: 'application/javascript', body: '' }),
    );
    await wps.goto(`${sys.system.origin}/addin/taskpane?from=ribbon`);
    await wps.waitForURL(`${sys.system.origin}/addin/taskpane-wps?from=ribbon`);
    await wps.getByRole('tab', { name: '台账' }).waitFor();

    const browser = await context.newPage();
    await browser.goto(`${sys.system.origin}/addin/taskpane-wps`);
    await browser.waitForURL(`${sys.system.origin}/addin/taskpane`);
    await browser.locator('main.outside[data-reason="not-excel"]').waitFor();
    await context.close();
  }, 60_000);
});
