import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkbookWriter } from '@cj-tech-master/excelts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { activity, ledgerByKey, rectification, TEMPLATE_VERSION } from '#shared/index.ts';
import { type RowCells, sheetOf, workbookOf } from '../support/ledger-builder.ts';
import { signIn } from './dashboard-page.ts';
import { type BrowserSystem, screenshot, startBrowserSystem } from './harness.ts';

/**
 * The supervisor's screens of issue 16 in Chromium against the real Worker and D1: 查看内容 with
 * every column, paged, and the uploaded file; the diff by 案件编号; a township's chart by village;
 * 预警 at 1366 px. 云马村 (a village of 七眼桥镇, without demo data) reports twice for these tests.
 */
let sys: BrowserSystem;
const FIRST = join(tmpdir(), `qingfeng-ymc-v1-${process.pid}.xlsx`);
const ACTIVITIES = 60;

/** 60 activities, each its own topic, so the list needs a second page of 50. */
const activityCells: RowCells[] = Array.from({ length: ACTIVITIES }, (_, i) => ({ 活动主题: `第${i + 1}期廉政教育` }));
/** Five cases 七纪案〔2026〕1号 … 5号, numbered 1 … 5 (sheetOf's own numbering). */
const fiveCases: RowCells[] = Array.from({ length: 5 }, () => ({}));

async function writeFirstVersion(): Promise<void> {
  const writer = new WorkbookWriter({ filename: FIRST, useSharedStrings: true, useStyles: true });
  for (const [key, rows] of [
    ['rectification', fiveCases],
    ['activity', activityCells],
  ] as const) {
    const sheet = writer.addWorksheet(ledgerByKey(key).sheetName);
    for (const row of sheetOf(key, rows).values) sheet.addRow(row).commit();
    await sheet.commit();
  }
  await writer.commit();
}

beforeAll(async () => {
  sys = await startBrowserSystem();
  const { client } = sys.system;
  const issued = await client.call('POST', '/api/admin/credentials', {
    token: sys.adminToken,
    json: { unitCode: 'YMC', role: 'clerk', label: '云马村 填报员' },
  });
  const clerk = (issued.json as { token: string }).token;
  await writeFirstVersion();
  const first = await client.call('POST', '/api/submissions?year=2026', {
    token: clerk,
    body: new Uint8Array(readFileSync(FIRST)),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  if (first.status !== 201) throw new Error(`version 1: ${first.status} ${JSON.stringify(first.json)}`);
  // Version 2 from the task pane (JSON): case 2 deleted, the rest renumbered, case 4 reopened.
  const cases: RowCells[] = [1, 3, 4, 5].map((n, i) => ({
    序号: i + 1,
    案件编号: `七纪案〔2026〕${n}号`,
    ...(n === 4 ? { 整改状态: '整改中', 完成日期: null } : {}),
  }));
  const workbook = workbookOf(
    { rectification: sheetOf('rectification', cases), activity: sheetOf('activity', activityCells) },
    TEMPLATE_VERSION,
  );
  const second = await client.call('POST', '/api/submissions?fewerRowsThan=1', {
    token: clerk,
    json: { year: 2026, templateVersion: TEMPLATE_VERSION, sheets: workbook.sheets },
  });
  if (second.status !== 201) throw new Error(`version 2: ${second.status} ${JSON.stringify(second.json)}`);
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

async function open(viewport?: { width: number; height: number }) {
  const context = await sys.newContext(viewport);
  const page = await context.newPage();
  return { page, problems: sys.watch(page), close: () => context.close() };
}

const versionRow = (page: Page, version: number) =>
  page
    .getByRole('region', { name: '报送版本' })
    .locator('tr', { has: page.getByRole('rowheader', { name: `第 ${version} 版`, exact: true }) });

test('报送历史 › 查看内容: every column of each ledger, 50 rows a page, and the file the version was uploaded as', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('QYQ', 'supervisor'), '#/history?unit=YMC');
  await versionRow(page, 1).getByRole('button', { name: '查看内容' }).click();
  await page.getByRole('heading', { name: '第 1 版的内容' }).waitFor();
  // Focus moves in an effect, after the heading is painted: polled, not read once.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('content-title');
  // The first ledger with rows, with the definition's every header.
  const cases = page.getByRole('region', { name: `${rectification.sheetName}（第 1 版）` });
  await cases.locator('tbody tr').first().waitFor();
  await expect(cases.locator('thead th').allTextContents()).resolves.toEqual([
    '行',
    ...rectification.columns.map((c) => c.header),
  ]);
  await expect(cases.locator('tbody tr').count()).resolves.toBe(5);
  await expect(cases.locator('tbody tr').first().locator('td').nth(1).textContent()).resolves.toBe('七纪案〔2026〕1号');

  await page.getByRole('button', { name: `${activity.sheetName}（${ACTIVITIES} 行）` }).click();
  const activities = page.getByRole('region', { name: `${activity.sheetName}（第 1 版）` });
  await activities.locator('tbody tr').first().waitFor();
  await expect(activities.locator('thead th').allTextContents()).resolves.toEqual([
    '行',
    ...activity.columns.map((c) => c.header),
  ]);
  await expect(activities.locator('tbody tr').count()).resolves.toBe(50);
  await page.getByText(`第 1–50 条，共 ${ACTIVITIES} 条`).waitFor();
  await screenshot(page, 'history-content');
  await page.getByRole('button', { name: '下一页' }).click();
  await page.getByText(`第 51–${ACTIVITIES} 条，共 ${ACTIVITIES} 条`).waitFor();
  await expect(activities.locator('tbody tr').count()).resolves.toBe(ACTIVITIES - 50);
  const topic = activity.columns.findIndex((c) => c.key === 'topic');
  await expect(activities.locator('tbody tr').last().locator('td').nth(topic).textContent()).resolves.toBe(
    `第${ACTIVITIES}期廉政教育`,
  );
  expect(await page.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: '上一页' }).click();
  await page.getByText(`第 1–50 条，共 ${ACTIVITIES} 条`).waitFor();

  // The file itself, byte for byte, under a Chinese name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载报送的原文件（.xlsx）' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('云马村-2026年台账-第1版.xlsx');
  const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  expect(digest(readFileSync(await download.path()))).toBe(digest(readFileSync(FIRST)));

  // Version 2 came from the task pane as data: no file, and the page says so.
  await versionRow(page, 2).getByRole('button', { name: '查看内容' }).click();
  await page.getByRole('heading', { name: '第 2 版的内容' }).waitFor();
  await page.getByText('第 2 版是在 Excel 加载项中以数据报送的，没有上传文件可供下载。').waitFor();
  expect(await page.getByRole('button', { name: '下载报送的原文件（.xlsx）' }).count()).toBe(0);
  expect(problems).toEqual([]);
  await close();
}, 90_000);

test('报送历史 › 对比: cases are matched by 案件编号, so a renumbered list shows rows moved, not every field changed', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'), '#/history?unit=YMC');
  await versionRow(page, 2).getByRole('button', { name: '对比第 1 版' }).click();
  await page.getByRole('heading', { name: '第 2 版与第 1 版的差异' }).waitFor();
  const diff = page.locator('.diff');
  await expect(diff.locator('h4').allTextContents()).resolves.toEqual([
    '一案一整改台账：新增 0 行，修改 1 行，移动 2 行，删除 1 行',
  ]);
  await expect(diff.locator('li.moved').allTextContents()).resolves.toEqual([
    '移动案件编号 七纪案〔2026〕3号：序号 3 → 2（第 4 行），内容未变',
    '移动案件编号 七纪案〔2026〕5号：序号 5 → 4（第 6 行），内容未变',
  ]);
  const changed = diff.locator('li.changed');
  await expect(changed.count()).resolves.toBe(1);
  await expect(changed.textContent()).resolves.toMatch(/^修改案件编号 七纪案〔2026〕4号：序号 4 → 3（第 5 行）：/);
  await expect(changed.locator('li').allTextContents()).resolves.toEqual([
    '整改状态：已完成 → 整改中',
    '完成日期：2026-06-01 → （空）',
  ]);
  await expect(diff.locator('li.removed').allTextContents()).resolves.toEqual([
    expect.stringMatching(/^删除序号 2：七纪案〔2026〕2号/),
  ]);
  await screenshot(page, 'history-diff-moved', true);
  expect(problems).toEqual([]);
  await close();
}, 60_000);

test('总览 of a township: the activity chart has a bar per village and one for the township itself, and says so', async () => {
  const title = /^活动次数（按村（社区））：七眼桥镇本级 \d+次，本寨村 \d+次，云马村 60次$/;
  const township = await open();
  await signIn(township.page, sys.system.origin, sys.token('QYQ', 'supervisor'));
  await township.page.getByRole('img', { name: title }).waitFor();
  await expect(township.page.locator('#chart-groups-title').textContent()).resolves.toBe('活动次数（按村（社区））');
  expect(township.problems).toEqual([]);
  await township.close();

  // The district's supervisor narrowing 范围 to 七眼桥镇 gets the same chart.
  const district = await open();
  await signIn(district.page, sys.system.origin, sys.token('XX', 'supervisor'));
  await district.page.getByRole('img', { name: /^活动次数（按乡镇、部门）：.*七眼桥镇 \d+次/ }).waitFor();
  await district.page.getByLabel('范围').selectOption('QYQ');
  await district.page.getByRole('img', { name: title }).waitFor();
  expect(district.problems).toEqual([]);
  await district.close();
}, 60_000);

test('预警 at 1366 × 768: every column, 完成日期 included, is within its table’s box, without a sideways scroll', async () => {
  const { page, problems, close } = await open({ width: 1366, height: 768 });
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'), '#/alerts');
  // The box the table scrolls in (the section around it is named 预警 too).
  const region = page.locator('.table-scroll[aria-labelledby="alerts-title"]');
  await region.locator('tbody tr').first().waitFor();
  const box = await region.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  expect(box.right).toBeLessThanOrEqual(1366);
  const headers = await region.locator('thead th').evaluateAll((ths) =>
    ths.map((th) => {
      const r = th.getBoundingClientRect();
      return { text: th.textContent ?? '', left: r.left, right: r.right };
    }),
  );
  expect(headers.map((h) => h.text).at(-1)).toBe('完成日期');
  for (const h of headers) {
    expect(h.left, h.text).toBeGreaterThanOrEqual(box.left);
    expect(h.right, h.text).toBeLessThanOrEqual(box.right);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  expect(problems).toEqual([]);
  await close();
}, 60_000);
