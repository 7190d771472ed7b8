/**
 * The built task pane in Debian Chromium, against the real Worker and D1 (wrangler dev), with
 * the in-memory Excel host standing in for office.js: a clerk inserts the standard sheets,
 * fills them with planted mistakes, checks, fixes, submits; a supervisor returns the
 * submission and downloads the consolidation into the workbook.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { history, storedReceipt } from '../../shared/api/schemas.ts';
import { activity, type CellValue, ledgers } from '../../shared/index.ts';
import { highlightColour } from '../../addin/src/highlight/colours.ts';
import { validRow } from '../support/ledger-builder.ts';
import { startBrowserSystem, type BrowserSystem } from './harness.ts';
import { officeShimScript } from './office-fake/bundle.ts';
import { fillsOf, letterOf, openPane, signIn, typeRows } from './taskpane-page.ts';

let sys: BrowserSystem;
let shim: string;

beforeAll(async () => {
  [sys, shim] = await Promise.all([startBrowserSystem(), officeShimScript()]);
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

const A = activity.sheetName;
const col = (header: string): string => letterOf(activity, header);
/** A valid activity row (序号 n, a theme of its own so it is no suspected duplicate) with some cells changed. */
function activityRow(n: number, changes: Record<string, CellValue> = {}): CellValue[] {
  const own: Record<string, CellValue> = { ...validRow.activity, 序号: n, 活动主题: `廉政主题教育第${n}讲`, ...changes };
  return activity.columns.map((c) => own[c.header] ?? null);
}

async function clerkHistory(token: string) {
  const reply = await sys.system.client.call('GET', '/api/submissions?year=2026', { token });
  return history.parse(reply.json).submissions;
}

describe('the task pane', () => {
  test('insert → planted mistakes → 校验 → fix → 一键报送 with a 核实说明 → receipt → rows in D1', async () => {
    const context = await sys.newContext();
    const page = await openPane(sys, context, shim);
    const problems = sys.watch(page);
    const token = sys.token('BZC', 'clerk');

    await signIn(page, token);
    await expect(page.getByTestId('signed-in').textContent()).resolves.toContain('本寨村（填报员）');
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText('已插入 3 张表，升级 0 张表。').waitFor();
    const names = await page.evaluate(() => window.excelHost.sheets.map((s) => s.name));
    expect(names).toEqual(['Sheet1', ...ledgers.map((l) => l.sheetName)]);
    const title = await page.evaluate((s) => window.excelHost.sheet(s).values[0]?.[0], A);
    expect(title).toContain('本寨村');

    // Row 3 valid; row 4 a negative count; row 5 not a date; row 6 zero people (a warning).
    await typeRows(page, A, 'A3', [activityRow(1), activityRow(2, { 参加人次: -5 }), activityRow(3, { 活动日期: '不是日期' }), activityRow(4, { 参加人次: 0 })]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('发现 2 个错误、1 个提醒。').waitFor();
    const fills = await fillsOf(page, A);
    expect(fills).toEqual({ [`${col('参加人次')}4`]: highlightColour.error, [`${col('活动日期')}5`]: highlightColour.error, [`${col('参加人次')}6`]: highlightColour.warning });

    // Clicking an issue selects its cell.
    await page.getByRole('button', { name: new RegExp(`^错误 ${col('活动日期')}5`) }).click();
    await expect.poll(() => page.evaluate(() => window.excelHost.selection)).toEqual({ sheet: A, address: `${col('活动日期')}5` });

    // Fix the errors; the warning stays and gets an explanation.
    await typeRows(page, A, `${col('参加人次')}4`, [[30]]);
    await typeRows(page, A, `${col('活动日期')}5`, [['2026-04-02']]);
    await page.getByRole('button', { name: '一键报送' }).click();
    await page.getByText('有 1 个提醒').waitFor();
    expect(await fillsOf(page, A)).toEqual({ [`${col('参加人次')}6`]: highlightColour.warning });
    const send = page.getByRole('button', { name: '确认报送' });
    expect(await send.isDisabled()).toBe(true);
    await page.getByLabel('核实说明（可选）').fill('线上学习，参加人次另行统计');
    await page.getByLabel('我已核实以上提醒，确认报送').check();
    await send.click();
    await page.getByText('报送成功').waitFor();
    await expect(page.locator('[data-field="version"]').textContent()).resolves.toBe('1');

    const [latest] = await clerkHistory(token);
    expect(latest?.version).toBe(1);
    const stored = await sys.system.client.call('GET', `/api/submissions/${latest?.submissionId}`, { token });
    const body = storedReceipt.extend({ rows: z.record(z.string(), z.array(z.unknown())) }).parse(stored.json);
    expect(body.counts.activity).toBe(4);
    expect(body.rows.activity).toHaveLength(4);
    expect(body.warnings.map((w) => w.note)).toEqual(['线上学习，参加人次另行统计']);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
