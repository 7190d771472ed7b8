import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR } from '../../scripts/paths.ts';
import { submitWorkbook } from '../../scripts/seed.ts';
import { DASHBOARD_CSP } from '../../worker/src/security/headers.ts';
import { recordApi, recordScripts, signIn, warningsWorkbook } from './dashboard-page.ts';
import { screenshot, startBrowserSystem, type BrowserSystem } from './harness.ts';
import { inspectFile } from '../annotate/annotate-fixture.ts';
import { activity } from '#shared/index.ts';
import { damagedStreams, trailingGarbage, withDeflateStream } from '#shared/xlsx/fixtures/raw-deflate.ts';
import { worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';

/** A ledger whose sheet's deflate stream is damaged: what Chromium's DecompressionStream must refuse, not wait on. */
function damagedLedger(how: 'cut short at a block edge' | 'trailing'): {
  name: string;
  mimeType: string;
  buffer: Buffer;
} {
  const xml = new TextEncoder().encode(
    worksheet(
      Array.from({ length: 2000 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>${i + 1}</v></c></row>`).join(''),
    ),
  );
  const damaged = how === 'trailing' ? { stream: trailingGarbage(xml), size: xml.length } : damagedStreams(xml)[how];
  if (damaged === undefined) throw new Error(how);
  const bytes = withDeflateStream(
    { sheets: [{ name: activity.sheetName, xml: '' }] },
    'xl/worksheets/sheet1.xml',
    damaged.stream,
    damaged.size,
  );
  return { name: '损坏.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) };
}

/**
 * The dashboard in Chromium against the real Worker and D1: a clerk without the add-in uploads,
 * the district supervisor reads, compares and returns, and 七眼桥镇's supervisor never sees 旧州镇.
 */
let sys: BrowserSystem;
const WARNINGS = join(tmpdir(), `qingfeng-warnings-${process.pid}.xlsx`);
const MANY_WARNINGS = join(tmpdir(), `qingfeng-many-warnings-${process.pid}.xlsx`);
const CUT_WARNINGS = join(tmpdir(), `qingfeng-cut-warnings-${process.pid}.xlsx`);

beforeAll(async () => {
  sys = await startBrowserSystem();
  const { client } = sys.system;
  // 旧州村 of 旧州镇 reports too, so there is foreign data for 七眼桥镇's supervisor not to see.
  const issued = await client.call('POST', '/api/admin/credentials', {
    token: sys.adminToken,
    json: { unitCode: 'JZC', role: 'clerk', label: '旧州村 填报员' },
  });
  const jzc = (issued.json as { token: string }).token;
  for (const [token, fixture] of [
    [jzc, 'sample-messy-valid.xlsx'],
    [sys.token('BZC', 'clerk'), 'stamped-2026.xlsx'],
  ] as const) {
    const reply = await submitWorkbook(client, token, fixture, 2026);
    if (reply.status !== 201) throw new Error(`seeding ${fixture}: ${reply.status}`);
  }
  await warningsWorkbook(WARNINGS);
  await warningsWorkbook(MANY_WARNINGS, 130);
  await warningsWorkbook(CUT_WARNINGS, 1500);
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

async function open(viewport?: {
  width: number;
  height: number;
}): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await sys.newContext(viewport);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: sys.system.origin });
  const page = await context.newPage();
  return { page, problems: sys.watch(page), close: () => context.close() };
}

async function api<T>(path: string, token: string): Promise<T> {
  const reply = await sys.system.client.call('GET', path, { token });
  expect(reply.status, path).toBe(200);
  return reply.json as T;
}

test('sign-in: refuses a wrong credential in Chinese, keeps the right one for the tab only, sign-out clears it', async () => {
  const { page, problems, close } = await open();
  const response = await page.goto(`${sys.system.origin}/`);
  // The page carries its policy and works under it: a refusal would be a console error below.
  expect(await response?.allHeaders()).toMatchObject({
    'content-security-policy': DASHBOARD_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  await expect(page.locator('h1').textContent()).resolves.toContain('清风台账');
  await screenshot(page, 'sign-in');
  await page.getByLabel('凭证').fill('qf_not-a-real-credential');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(/凭证/);
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'));
  expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([sys.token('XX', 'supervisor')]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await page.getByRole('button', { name: '退出' }).click();
  await page.getByLabel('凭证').waitFor();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  // The administrator signs in to the supervisors' pages over the whole district.
  await signIn(page, sys.system.origin, sys.adminToken);
  await expect(page.locator('.who').textContent()).resolves.toContain('全区 · 管理员');
  await expect(page.locator('nav').getByRole('link').allTextContents()).resolves.toEqual([
    '总览',
    '预警与催报',
    '报送历史',
  ]);
  await page.getByRole('region', { name: '报送情况' }).getByRole('rowheader', { name: '西秀区' }).waitFor();
  expect(problems.filter((p) => !p.includes('status of 401'))).toEqual([]);
  await close();
}, 60_000);

test('clerk without the add-in: template, issues by cell, dropped file, warnings confirmed with a 核实说明, receipt', async () => {
  const { page, problems, close } = await open();
  const answers = recordApi(page);
  const scripts = recordScripts(page);
  await signIn(page, sys.system.origin, sys.token('BZC', 'clerk'));
  await expect(page.locator('nav').getByRole('link').allTextContents()).resolves.toEqual(['上传报送', '报送记录']);

  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载空白标准台账模板' }).click(),
  ]);
  // The Worker's UTF-8 name (filename*) reaches the browser's download; the year is the Worker's (TEST_NOW), not the desk's.
  expect(template.suggestedFilename()).toBe('本寨村-清风台账标准模板-2026.xlsx');
  expect(
    readFileSync(await template.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // Every planted problem is listed at its cell, exactly as the CLI's expectations say.
  await page.getByLabel('选择文件').setInputFiles(join(FIXTURES_DIR, 'planted-problems.xlsx'));
  const rows = page.getByRole('region', { name: '校验问题' }).locator('tbody tr');
  await rows.first().waitFor();
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'planted-problems.expected.json'), 'utf8')) as {
    sheet: string | null;
    cell: string | null;
    severity: string;
  }[];
  const listed = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent ?? '')),
  );
  // …and, after them, that the file has no 典型案例库 where 本寨村's version 1 (stamped-2026) had three cases.
  expect(listed.map(([level, sheet, cell]) => `${level} ${sheet} ${cell}`)).toEqual([
    ...expected.map((e) => `${e.severity === 'error' ? '错误' : '警告'} ${e.sheet ?? '整个文件'} ${e.cell ?? ''}`),
    '警告 典型案例库 ',
  ]);
  await expect(page.getByRole('alert').last().textContent()).resolves.toContain('不能报送');
  expect(await page.getByRole('button', { name: /^报送/ }).count()).toBe(0);
  // Checked in the browser by the shared engine: the Worker was not asked.
  expect(answers.filter((a) => a.includes('/api/validate'))).toEqual([]);
  // The page and its check worker stay within 100 KB gzipped (the task pane's is 73 KB).
  // Sizes are recorded as the bodies arrive, which may trail the check's answer (under load, by seconds).
  await expect
    .poll(() => [...scripts.keys()].some((path) => path.includes('check-worker')), { timeout: 15_000 })
    .toBe(true);
  expect(
    [...scripts.values()].reduce((sum, n) => sum + n, 0),
    JSON.stringify([...scripts]),
  ).toBeLessThanOrEqual(100 * 1024);
  await page.evaluate(() => document.getElementById('step-2')?.scrollIntoView());
  await screenshot(page, 'clerk-upload-issues');

  // A file dropped onto the page goes the same way; warnings need the tick before 报送.
  const bytes = [...readFileSync(WARNINGS)];
  await page.locator('.drop-zone').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], '本寨村台账.xlsx'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await page.getByText('3. 校验结果 · 本寨村台账.xlsx').waitFor();
  // Two warnings of the cells, two of the ledgers this file leaves out (本寨村's version 1 had all three),
  // and one of the activity it drops (version 1 had three).
  await expect(rows.count()).resolves.toBe(5);
  await expect(
    page.getByRole('region', { name: '校验问题' }).getByText('比第 1 版少了 1 条', { exact: false }).count(),
  ).resolves.toBe(1);
  await expect(
    page
      .getByRole('region', { name: '校验问题' })
      .getByText('本次没有数据，而第 1 版有 2 条记录', { exact: false })
      .count(),
  ).resolves.toBe(2);
  const submit = page.getByRole('button', { name: '报送 2026 年台账' });
  expect(await submit.isDisabled()).toBe(true);
  await page.getByLabel('廉政教育活动台账 G4 的核实说明').fill('线上学习，人次另行统计');
  await page.getByLabel(/我已逐条核实以上 5 条警告/).check();
  await submit.click();
  await page.getByRole('heading', { name: '报送成功 · 回执' }).waitFor();
  // Version 1 (seeded today) reported November already: this one updates it, and says so.
  await expect(page.locator('.receipt .reporting').allTextContents()).resolves.toEqual([
    '本次报送计入 2026年11月（截止 12月5日）：该月已由第 1 版按时报送，本次为更新',
  ]);
  await expect(page.locator('.next-deadline').textContent()).resolves.toBe(
    '下次截止：2026年12月5日（还有 11 天）。2026年11月已报送（第 1 版）。',
  );
  const receipt = await page.locator('.receipt dl').textContent();
  expect(receipt).toContain('2026 年第 2 版');
  expect(receipt).toContain('廉政教育活动台账 2 行');
  expect(receipt).toContain('典型案例库 3 行');
  // The Worker holds what the receipt says: version 2 with the two warnings, from this clerk.
  const history = await api<{
    submissions: { submissionId: string; version: number; warningCount: number; counts: { activity: number } }[];
  }>('/api/submissions?unit=BZC', sys.token('XX', 'supervisor'));
  expect(history.submissions[0]).toMatchObject({ version: 2, warningCount: 5, counts: { activity: 2 } });
  const stored = await api<{
    source: string;
    warnings: { code: string; column: string | null; note: string | null }[];
  }>(`/api/submissions/${history.submissions[0]?.submissionId}`, sys.token('XX', 'supervisor'));
  expect(stored.warnings.map((w) => [w.code, w.column, w.note])).toEqual([
    ['fewer-rows', null, null],
    ['fewer-rows', null, null],
    ['duplicate-row', 'B', null],
    ['suspicious-value', 'G', '线上学习，人次另行统计'],
    ['fewer-rows', null, null],
  ]);
  // A 核实说明 travels only in the JSON body, so this one went as JSON.
  expect(stored.source).toBe('json');
  expect(problems).toEqual([]);
  await close();
}, 90_000);

test('clerk without the add-in: 下载批注版 after a check gives the file back with its problem cells marked', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('BZC', 'clerk'));
  await page.getByLabel('选择文件').setInputFiles(join(FIXTURES_DIR, 'planted-problems.xlsx'));
  await page.getByRole('region', { name: '校验问题' }).locator('tbody tr').first().waitFor();
  const before = await api<{ submissions: unknown[] }>('/api/submissions?unit=BZC', sys.token('XX', 'supervisor'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载批注版' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('planted-problems-批注版.xlsx');
  await expect(
    page.getByRole('status').filter({ hasText: '已下载 planted-problems-批注版.xlsx' }).count(),
  ).resolves.toBe(1);
  await page.evaluate(() => document.getElementById('step-3')?.scrollIntoView());
  await screenshot(page, 'clerk-upload-annotate');
  // What the browser saved is the 批注版 of what the page checked: openpyxl sees every listed cell marked.
  const saved = join(tmpdir(), `qingfeng-annotated-${process.pid}.xlsx`);
  await download.saveAs(saved);
  const seen = inspectFile(saved);
  expect(seen.sheets[0]).toBe('校验问题');
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'planted-problems.expected.json'), 'utf8')) as {
    sheet: string | null;
    cell: string | null;
  }[];
  for (const { sheet, cell } of expected)
    if (sheet !== null && cell !== null) expect(seen.marked[sheet]?.[cell]?.comment, `${sheet}!${cell}`).toBeTruthy();
  // Nothing was stored: 报送记录 is as it was.
  const after = await api<{ submissions: unknown[] }>('/api/submissions?unit=BZC', sys.token('XX', 'supervisor'));
  expect(after.submissions.length).toBe(before.submissions.length);
  expect(problems).toEqual([]);
  await close();
}, 90_000);

test('clerk: an unreadable file is said so; another 台账年度 re-checks; an answer lost on the way is retried with the same key and stored once', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('QYQ', 'clerk'));
  await page.getByLabel('选择文件').setInputFiles(join(FIXTURES_DIR, 'not-an-xlsx.xlsx'));
  const issue = page.getByRole('region', { name: '校验问题' }).locator('tbody tr');
  await expect(issue.locator('td').nth(1).textContent()).resolves.toBe('整个文件');
  await expect(issue.count()).resolves.toBe(1);
  // In Chinese, saying what to do; no parser's English (Excel, WPS and .xlsx are the only Latin words).
  const said = (await issue.locator('td').nth(3).textContent()) ?? '';
  expect(said).toMatch(/另存为/);
  expect(said.replace(/Excel|WPS|\*?\.xlsx/g, '')).not.toMatch(/[A-Za-z]{2,}/);

  // The check worker inflates with Chromium's DecompressionStream: a sheet's stream cut short,
  // or followed by stray bytes, is a damaged file, said so (each after a file that reads).
  for (const how of ['cut short at a block edge', 'trailing'] as const) {
    await page.getByLabel('选择文件').setInputFiles(damagedLedger(how));
    await issue.filter({ hasText: '文件已损坏' }).waitFor();
    await expect(issue.count()).resolves.toBe(1);
    await page.getByLabel('选择文件').setInputFiles(join(FIXTURES_DIR, 'sample-messy-valid.xlsx'));
    await page.getByText('校验通过，没有发现问题。').waitFor();
  }
  // Another 台账年度 checks the same file again: its 2026 dates are outside 2025.
  await page.getByLabel('台账年度').selectOption('2025');
  await page.getByText(/^2025 年度；/).waitFor();
  await expect(
    page
      .getByRole('region', { name: '校验问题' })
      .getByText(/不在 2025 年度内/)
      .count(),
  ).resolves.toBeGreaterThan(0);
  await page.getByLabel('台账年度').selectOption('');
  await page.getByText('校验通过，没有发现问题。').waitFor();
  // The Worker stores the first request, but its answer never reaches the page.
  const keys: string[] = [];
  const sent: string[] = [];
  await page.route(
    (url) => url.pathname === '/api/submissions',
    async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      sent.push(
        `${route
          .request()
          .url()
          .replace(/^.*\/api/, '')} ${route.request().headers()['content-type']}`,
      );
      if (keys.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    },
  );
  await page.getByRole('button', { name: '报送 2026 年台账' }).click();
  await expect(page.getByRole('alert').last().textContent()).resolves.toContain('无法连接服务器');
  await page.getByRole('button', { name: '重试报送' }).click();
  await page.getByRole('heading', { name: '报送成功 · 回执' }).waitFor();
  expect(keys).toHaveLength(2);
  expect(keys[1]).toBe(keys[0]);
  const stored = await api<{ submissions: { submissionId: string; version: number }[] }>(
    '/api/submissions?unit=QYQ',
    sys.token('QYQ', 'supervisor'),
  );
  expect(stored.submissions.map((s) => s.version)).toEqual([1]);
  // Without a 核实说明 the checked .xlsx itself went, with the year it was checked for: the
  // engine's JSON of a large ledger can exceed the Worker's body limit when the file does not.
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  expect(sent).toEqual([`/submissions?year=2026 ${xlsx}`, `/submissions?year=2026 ${xlsx}`]);
  const receipt = await api<{ source: string; sha256: string }>(
    `/api/submissions/${stored.submissions[0]?.submissionId}`,
    sys.token('QYQ', 'supervisor'),
  );
  expect(receipt.source).toBe('xlsx');
  expect(receipt.sha256).toBe(
    createHash('sha256')
      .update(readFileSync(join(FIXTURES_DIR, 'sample-messy-valid.xlsx')))
      .digest('hex'),
  );
  expect(problems.filter((p) => !p.includes('ERR_CONNECTION_RESET'))).toEqual([]);
  await close();
}, 60_000);

test('clerk: only the latest check counts, a drop waits for the running check; issues come 100 per sheet', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('QYQ', 'clerk'));
  // The first check's answer is held back 2 s, so a later check finishes first.
  await page.evaluate(() => {
    const setter = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')?.set;
    let made = 0;
    const state = window as unknown as { lateAnswerDelivered: boolean };
    state.lateAnswerDelivered = false;
    window.Worker = new Proxy(Worker, {
      construct(Real, args: ConstructorParameters<typeof Worker>) {
        const worker = new Real(...args);
        if (made++ === 0) {
          Object.defineProperty(worker, 'onmessage', {
            set(listener: (event: MessageEvent) => void) {
              setter?.call(worker, (event: MessageEvent) =>
                setTimeout(() => {
                  listener(event);
                  state.lateAnswerDelivered = true;
                }, 2000),
              );
            },
          });
        }
        return worker;
      },
    });
  });
  await page.getByLabel('选择文件').setInputFiles(join(FIXTURES_DIR, 'sample-messy-valid.xlsx'));
  await page.getByText('正在校验 sample-messy-valid.xlsx…').waitFor();
  // A file dropped while a check runs is refused, like the disabled file input.
  const bytes = [...readFileSync(WARNINGS)];
  await page.locator('.drop-zone').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], '拖入的台账.xlsx'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  // Another 台账年度 starts a second check, which answers first; the first answers later and is dropped.
  await page.getByLabel('台账年度').selectOption('2025');
  await page.getByText(/^2025 年度；/).waitFor();
  await page.waitForFunction(() => (window as unknown as { lateAnswerDelivered: boolean }).lateAnswerDelivered);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await expect(page.getByText(/^2026 年度；/).count()).resolves.toBe(0);
  await expect(page.getByText(/^2025 年度；/).count()).resolves.toBe(1);
  await expect(page.getByRole('heading', { level: 2, name: /^3\. 校验结果/ }).textContent()).resolves.toBe(
    '3. 校验结果 · sample-messy-valid.xlsx',
  );

  // 259 warnings on one sheet: 100 at first, then 100 more per click, and each takes a note.
  await page.getByLabel('台账年度').selectOption('');
  await page.getByText('校验通过，没有发现问题。').waitFor();
  await page.getByLabel('选择文件').setInputFiles(MANY_WARNINGS);
  // 259 on the activities, and the two ledgers the file leaves out that 七眼桥镇's version 1 had.
  await page.getByText(/0 个错误，261 个警告。$/).waitFor();
  const region = page.getByRole('region', { name: '校验问题' });
  const rows = region.locator('tbody tr');
  await expect(rows.count()).resolves.toBe(102);
  await expect(region.locator('caption', { hasText: '廉政教育活动台账' }).textContent()).resolves.toBe(
    '廉政教育活动台账：259 个问题，先显示前 100 个',
  );
  await region.getByRole('button', { name: '再显示 100 条（廉政教育活动台账）' }).click();
  await expect(rows.count()).resolves.toBe(202);
  await region.getByRole('button', { name: '再显示 59 条（廉政教育活动台账）' }).click();
  await expect(rows.count()).resolves.toBe(261);
  expect(await region.getByRole('button').count()).toBe(0);
  await expect(region.locator('textarea.note').count()).resolves.toBe(261);
  await region.locator('textarea.note').last().fill('已核实');
  await expect(region.locator('textarea.note').last().inputValue()).resolves.toBe('已核实');
  expect(problems).toEqual([]);
  await close();
}, 60_000);

test('clerk: a check with more issues than a list holds says how many of the kind it leaves out', async () => {
  const { page, problems, close } = await open();
  // 区教育局 has no version in this file's tests. 1,500 equal rows: each counts 0, and each after the first repeats the first.
  await signIn(page, sys.system.origin, sys.token('JYJ', 'clerk'));
  await page.getByLabel('选择文件').setInputFiles(CUT_WARNINGS);
  await page.getByText(/0 个错误，2999 个警告。$/).waitFor();
  const region = page.getByRole('region', { name: '校验问题' });
  await expect(region.locator('caption').textContent()).resolves.toBe('廉政教育活动台账：2999 个问题，先显示前 100 个');
  // The list holds 1,000 in the engine's order (rows 3–502 and the repeat of 503); each kind's last listed says what it leaves out.
  for (let shown = 100; shown < 1000; shown += 100)
    await region.getByRole('button', { name: /^再显示 100 条/ }).click();
  await expect(region.locator('tbody tr:not(.issue-cut)').count()).resolves.toBe(1000);
  await expect(region.locator('tr.issue-cut').allTextContents()).resolves.toEqual([
    '还有 1000 条同类问题',
    '还有 999 条同类问题',
  ]);
  await expect(
    region.locator('tr.issue-cut').first().locator('xpath=preceding-sibling::tr[1]/td[3]').textContent(),
  ).resolves.toBe('G502');
  expect(await region.getByRole('button').count()).toBe(0);
  expect(problems).toEqual([]);
  await close();
}, 60_000);

interface Overview {
  alerts: unknown[];
  categories: { category: string; rows: number }[];
  months: { month: number; rows: number }[];
}

test('district supervisor: matrix opening to villages, charts, 汇总 for a date range', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'));
  const matrix = page.getByRole('region', { name: '报送情况' });
  await matrix.getByRole('rowheader', { name: '七眼桥镇' }).waitFor();
  expect(await matrix.getByRole('rowheader', { name: '本寨村' }).count()).toBe(0);
  // Villages open under their township, from the keyboard.
  const toggle = matrix.getByRole('button', { name: '七眼桥镇的下级单位（2 个）' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  const bzc = matrix.getByRole('row', { name: /本寨村/ });
  const month = Number(
    (await api<{ today: string }>('/api/overview', sys.token('XX', 'supervisor'))).today.slice(5, 7),
  );
  // This month's submissions are 已报 in words, not only in colour; 大西桥镇 has sent nothing.
  expect(
    await bzc
      .locator('td')
      .nth(month - 1)
      .textContent(),
  ).toBe('已报');
  expect(
    await matrix
      .getByRole('row', { name: /大西桥镇/ })
      .locator('td')
      .nth(month - 1)
      .textContent(),
  ).not.toBe('已报');

  // Charts: SVG figures whose labels carry the numbers the API sums.
  const overview = await api<Overview>('/api/overview?year=2026', sys.token('XX', 'supervisor'));
  const categories = page.getByRole('img', { name: /^活动次数（按活动类别）/ });
  const label = await categories.getAttribute('aria-label');
  for (const c of overview.categories.filter((x) => x.rows > 0)) expect(label).toContain(`${c.category} ${c.rows}次`);
  await expect(
    page.getByRole('img', { name: /^活动次数（按乡镇、部门）：.*七眼桥镇 \d+次.*旧州镇 \d+次/ }).count(),
  ).resolves.toBe(1);
  await expect(
    page
      .getByRole('img', { name: /^参加人次（按月）/ })
      .locator('rect')
      .count(),
  ).resolves.toBe(12);
  await screenshot(page, 'supervisor-overview', true);

  // 汇总 for a range: the download is a workbook, and the charts follow the same range.
  await page.getByLabel('开始日期').fill('2026-07-01');
  await page.getByLabel('结束日期').fill('2026-12-31');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载汇总工作簿' }).click(),
  ]);
  // Named for its range: saved beside the full year's, it does not overwrite it.
  expect(download.suggestedFilename()).toBe('西秀区2026年廉政教育台账汇总-2026-07-01至年末.xlsx');
  expect(
    readFileSync(await download.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  // The 数据稿 beside it, for the same scope and range.
  const [draft] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载报告数据稿（Word）' }).click(),
  ]);
  expect(draft.suggestedFilename()).toBe(
    '西秀区监察委员会2026年廉政教育工作情况（数据稿）（2026-07-01至2026-12-31）.docx',
  );
  expect(
    readFileSync(await draft.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  const narrowed = await api<Overview>(
    '/api/overview?year=2026&from=2026-07-01&to=2026-12-31',
    sys.token('XX', 'supervisor'),
  );
  const narrowedLabel = await page.getByRole('img', { name: /^参加人次（按月）/ }).getAttribute('aria-label');
  expect(narrowedLabel).toContain('1月 0人次');
  // The range keeps exactly the activities of July to December by 活动日期, and leaves the first half out.
  const narrowedRows = narrowed.categories.reduce((n, c) => n + c.rows, 0);
  expect(narrowedRows).toBe(overview.months.slice(6).reduce((n, m) => n + m.rows, 0));
  expect(narrowedRows).toBeLessThan(overview.categories.reduce((n, c) => n + c.rows, 0));
  // Another year drops the range (it belonged to 2026), and the pickers stay inside the new year.
  await page.getByLabel('年度').selectOption('2025');
  await expect(page.getByLabel('开始日期').inputValue()).resolves.toBe('');
  await expect(page.getByLabel('结束日期').inputValue()).resolves.toBe('');
  expect(await page.getByLabel('开始日期').evaluate((i: HTMLInputElement) => [i.min, i.max])).toEqual([
    '2025-01-01',
    '2025-12-31',
  ]);
  expect(await page.getByLabel('结束日期').evaluate((i: HTMLInputElement) => [i.min, i.max])).toEqual([
    '2025-01-01',
    '2025-12-31',
  ]);
  expect(problems).toEqual([]);
  await close();
}, 90_000);

test('预警与催报: the units owing the month, copied as text, and the cases the API flags', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'), '#/alerts');
  await page.locator('.reminders').waitFor();
  const owing = await page.locator('.reminders li a').allTextContents();
  expect(owing).toContain('大西桥镇');
  await page.getByRole('button', { name: '复制催报名单' }).click();
  await page.getByText('已复制到剪贴板').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel('催报文本').inputValue());
  for (const name of owing) expect(copied).toContain(name);

  const overview = await api<Overview>('/api/overview?year=2026', sys.token('XX', 'supervisor'));
  expect(overview.alerts.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: `预警（${overview.alerts.length} 件）` }).count()).resolves.toBe(1);
  await expect(page.getByRole('region', { name: /预警/ }).locator('tbody tr').count()).resolves.toBe(
    overview.alerts.length,
  );
  await screenshot(page, 'alerts-reminders', true);
  expect(problems).toEqual([]);
  await close();
}, 60_000);

test('history: the diff between two versions, and 退回 with a reason that the clerk then sees', async () => {
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'), '#/history?unit=BZC');
  const versions = page.getByRole('region', { name: '报送版本' });
  await versions.getByRole('rowheader', { name: '第 2 版' }).waitFor();
  await versions.getByRole('button', { name: '对比第 1 版' }).click();
  await page.getByRole('heading', { name: '第 2 版与第 1 版的差异' }).waitFor();
  // Focus moves in an effect, after the heading is painted: polled, not read once.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('diff-title');
  const diff = await page.locator('.diff').textContent();
  expect(diff).toMatch(/廉政教育活动台账：新增 \d+ 行，修改 \d+ 行，移动 \d+ 行，删除 \d+ 行/);
  // The clerk's 核实说明 (given in the upload test above) reach the supervisor with the version.
  const notes = page.getByRole('region', { name: '提醒与核实说明' });
  await notes.getByRole('row', { name: /廉政教育活动台账!G4.*线上学习，人次另行统计/ }).waitFor();

  // Only the newest version can be returned; the reason is required.
  expect(await versions.getByRole('button', { name: '退回' }).count()).toBe(1);
  await versions.getByRole('button', { name: '退回' }).click();
  const confirm = page.getByRole('button', { name: '确认退回' });
  expect(await confirm.isDisabled()).toBe(true);
  await page.getByLabel('退回原因').fill('参加人次为 0 的活动请补充实际人数');
  await page.getByLabel('需修改的单元格（可选）').fill('廉政教育活动台账!g4 G5 廉政教育活动台账!XFE1');
  await page
    .getByText('“G5”缺少工作表名，请写成 工作表!单元格；单元格 XFE1 超出 Excel 工作表范围（A1 至 XFD1048576）')
    .waitFor();
  expect(await confirm.isDisabled()).toBe(true);
  await page.getByLabel('需修改的单元格（可选）').fill('廉政教育活动台账!g4');
  await screenshot(page, 'history-diff-return', true);
  await confirm.click();
  await versions.getByText('原因：参加人次为 0 的活动请补充实际人数').waitFor();
  expect(await versions.getByRole('button', { name: '退回' }).count()).toBe(0);
  const stored = await api<{
    submissions: { version: number; returned: { reason: string; cells: unknown[] } | null }[];
  }>('/api/submissions?unit=BZC', sys.token('XX', 'supervisor'));
  expect(stored.submissions[0]?.returned).toMatchObject({
    reason: '参加人次为 0 的活动请补充实际人数',
    cells: [{ sheet: '廉政教育活动台账', cell: 'G4' }],
  });
  // 总览 says which version its figures now count for 本寨村, in the 汇总's words.
  await page.getByRole('link', { name: '总览' }).click();
  await expect(page.getByRole('note', { name: '退回待重报' }).textContent()).resolves.toBe(
    '图表与汇总按各单位最新未退回的版本统计：本寨村 第1版（第2版已退回，待重报）。',
  );
  await close();

  const clerk = await open();
  await signIn(clerk.page, sys.system.origin, sys.token('BZC', 'clerk'));
  await expect(clerk.page.getByRole('alert').first().textContent()).resolves.toMatch(
    /原因：参加人次为 0 的活动请补充实际人数。\s*需修改的单元格：廉政教育活动台账!G4。/,
  );
  await clerk.page.getByRole('link', { name: '报送记录' }).click();
  await clerk.page.getByRole('region', { name: '报送版本' }).getByText('已退回').waitFor();
  expect(await clerk.page.getByRole('button', { name: '退回' }).count()).toBe(0);
  expect([...problems, ...clerk.problems]).toEqual([]);
  await clerk.close();
}, 90_000);

test('history: a unit with more versions than a page shows the newest first and fetches the older ones on request', async () => {
  const { client } = sys.system;
  const issued = await client.call('POST', '/api/admin/credentials', {
    token: sys.adminToken,
    json: { unitCode: 'WJJ', role: 'clerk', label: '区卫生健康局 填报员' },
  });
  const clerk = (issued.json as { token: string }).token;
  for (let i = 0; i < 21; i++) {
    const reply = await submitWorkbook(client, clerk, 'sample-messy-valid.xlsx', 2026);
    expect(reply.status).toBe(201);
  }
  const { page, problems, close } = await open();
  await signIn(page, sys.system.origin, sys.token('XX', 'supervisor'), '#/history?unit=WJJ');
  const versions = page.getByRole('region', { name: '报送版本' });
  const rows = versions.getByRole('rowheader');
  await versions.getByRole('rowheader', { name: '第 21 版' }).waitFor();
  await expect(rows.count()).resolves.toBe(20);
  await page.getByRole('button', { name: '显示更早的版本' }).click();
  await versions.getByRole('rowheader', { name: '第 1 版' }).waitFor();
  await expect(rows.allTextContents()).resolves.toEqual(Array.from({ length: 21 }, (_, i) => `第 ${21 - i} 版`));
  expect(await page.getByRole('button', { name: '显示更早的版本' }).count()).toBe(0);
  // Only the newest version, on the first page, can be returned.
  expect(await versions.getByRole('button', { name: '退回' }).count()).toBe(1);
  expect(problems).toEqual([]);
  await close();
}, 90_000);

test('七眼桥镇’s supervisor sees neither 旧州镇 on screen nor in any answer the page receives', async () => {
  const { page, problems, close } = await open();
  const answers = recordApi(page);
  await signIn(page, sys.system.origin, sys.token('QYQ', 'supervisor'));
  await page.getByRole('region', { name: '报送情况' }).getByRole('rowheader', { name: '本寨村' }).waitFor();
  await page.getByRole('img', { name: /^活动次数（按村（社区））：七眼桥镇本级/ }).waitFor();
  const seen = [await page.locator('main').textContent()];
  await page.getByRole('link', { name: '预警与催报' }).click();
  await page.getByRole('heading', { name: /^预警（/ }).waitFor();
  seen.push(await page.locator('main').textContent());
  await page.getByRole('link', { name: '报送历史' }).click();
  await page.getByLabel('单位').locator('option', { hasText: '云马村' }).waitFor({ state: 'attached' });
  const units = await page.getByLabel('单位').locator('option').allTextContents();
  expect(units).toEqual(['请选择单位', '七眼桥镇', '本寨村', '云马村']);
  // Asking for 旧州村 by URL gets the Worker's refusal, not its data.
  await page.goto(`${sys.system.origin}/dashboard/#/history?unit=JZC`);
  await expect(page.getByRole('alert').textContent()).resolves.toContain('找不到单位 JZC');
  expect(await page.locator('main').textContent()).not.toMatch(/旧州/);
  expect(answers.length).toBeGreaterThan(5);
  for (const text of [...seen, ...answers.filter((a) => !a.includes('unit=JZC'))])
    expect(text).not.toMatch(/旧州|JZC|"JZ"/);
  expect(problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
  await close();
}, 60_000);

test('phone width: no page scrolls sideways; wide tables scroll inside their own region', async () => {
  const pages = [
    {
      token: sys.token('XX', 'supervisor'),
      shot: 'phone-overview',
      hashes: ['#/status', '#/alerts', '#/history?unit=BZC'],
    },
    { token: sys.token('BZC', 'clerk'), shot: 'phone-upload', hashes: ['#/upload', '#/history'] },
  ];
  for (const { token, shot, hashes } of pages) {
    const { page, problems, close } = await open({ width: 390, height: 844 });
    await signIn(page, sys.system.origin, token);
    for (const hash of hashes) {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await page.locator('main h2, main table').first().waitFor();
      await page.locator('main [role="status"]', { hasText: '正在加载' }).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(390);
      if (hash === hashes[0]) await screenshot(page, shot);
    }
    expect(problems).toEqual([]);
    await close();
  }
}, 60_000);

test('a careless resubmission: the blank template after a full ledger needs a confirmation, even when the page looked too early; the history marks it', async () => {
  const { page, problems, close } = await open();
  const template = await sys.system.client.call('GET', '/api/template.xlsx?year=2026');
  expect(template.status).toBe(200);
  const before = await api<{ submissions: { version: number; counts: Record<string, number> }[] }>(
    '/api/submissions?unit=QYQ',
    sys.token('QYQ', 'supervisor'),
  );
  const kept = before.submissions[0];
  if (!kept) throw new Error('七眼桥镇 has no submission to replace');
  const total = Object.values(kept.counts).reduce((a, b) => a + b, 0);
  await signIn(page, sys.system.origin, sys.token('QYQ', 'clerk'));
  // The page's look at the history comes back empty, as if it were older than the last 报送:
  // it warns of an empty workbook, and the Worker then names the version it would replace.
  await page.route(
    (url) => url.pathname === '/api/submissions',
    (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: { submissions: [], next: null } }) : route.continue(),
  );
  await page.getByLabel('选择文件').setInputFiles({
    name: '空白模板.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(template.bytes),
  });
  const region = page.getByRole('region', { name: '校验问题' });
  await region.getByText('本次报送没有任何数据行，请核实是否选错了文件').waitFor();
  await page.getByLabel(/我已逐条核实以上 1 条警告/).check();
  await page.getByRole('button', { name: '报送 2026 年台账' }).click();
  await page
    .getByText(`本次报送会使汇总中减少本单位的数据（与第 ${kept.version} 版相比），请核实后确认再报送`)
    .waitFor();
  await region
    .getByText(
      `本次报送没有任何数据行，而第 ${kept.version} 版共有 ${total} 条记录；报送后汇总中本单位的数字将全部变为 0，请核实是否选错了文件`,
    )
    .waitFor();
  const submit = page.getByRole('button', { name: '报送 2026 年台账' });
  expect(await submit.isDisabled()).toBe(true);
  await page.getByLabel(/我已逐条核实以上 1 条警告/).check();
  await submit.click();
  await page.getByRole('heading', { name: '报送成功 · 回执' }).waitFor();
  await close();

  const supervisor = await open();
  await signIn(supervisor.page, sys.system.origin, sys.token('XX', 'supervisor'), '#/history?unit=QYQ');
  const versions = supervisor.page.getByRole('region', { name: '报送版本' });
  const row = (version: number) =>
    versions.locator('tr', { has: supervisor.page.getByRole('rowheader', { name: `第 ${version} 版`, exact: true }) });
  const newest = row(kept.version + 1);
  await newest.getByText('数据减少').waitFor();
  await expect(newest.textContent()).resolves.toContain(`而第 ${kept.version} 版共有 ${total} 条记录`);
  await expect(row(kept.version).getByText('数据减少').count()).resolves.toBe(0);
  expect([...problems, ...supervisor.problems].filter((p) => !p.includes('status of 422'))).toEqual([]);
  await supervisor.close();
}, 60_000);
