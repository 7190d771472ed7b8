/**
 * The built task pane in Debian Chromium, against the real Worker and D1 (wrangler dev), with
 * the in-memory Excel host standing in for office.js: a clerk inserts the standard sheets,
 * fills them with planted mistakes, checks, fixes, submits; a supervisor returns the
 * submission and downloads the consolidation into the workbook.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod/mini';
import { history, storedReceipt } from '#shared/api/schemas.ts';
import { activity, ledgers } from '#shared/index.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { STAMP_SHEET } from '#shared/template/stamp-sheet.ts';
import { highlightColour } from '../../addin/src/highlight/colours.ts';
import { POLYFILLS_URL } from '../../addin/src/legacy/polyfills-url.ts';
import { OFFICE_FRAME_ANCESTORS, taskpaneCsp } from '../../worker/src/security/headers.ts';
import { screenshot, startBrowserSystem, type BrowserSystem } from './harness.ts';
import { officeShimScript } from './office-fake/bundle.ts';
import { MUST_GO, oldWebview } from './old-webview-page.ts';
import { activityRow, fillsOf, letterOf, openPane, signIn, standInForOfficeJs, typeRows } from './taskpane-page.ts';

let sys: BrowserSystem;
let shim: string;

beforeAll(async () => {
  [sys, shim] = await Promise.all([startBrowserSystem(), officeShimScript()]);
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

const A = activity.sheetName;
const LONG_NOTE =
  '线上学习，参加人次另行统计：本次为“学习强国”平台组织的专题学习，签到记录由平台导出后归档，实际参加 46 人次，签到表已报镇纪委备案。';
const col = (header: string): string => letterOf(activity, header);

async function clerkHistory(token: string) {
  const reply = await sys.system.client.call('GET', '/api/submissions?year=2026', { token });
  return history.parse(reply.json).submissions;
}

describe('the task pane', () => {
  test('insert → planted mistakes → 校验 → fix → 一键报送 with a 核实说明 → receipt → rows in D1', async () => {
    const context = await sys.newContext();
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(request.url()));
    const { page, problems } = await openPane(sys, context, shim);
    const token = sys.token('BZC', 'clerk');

    await signIn(page, token);
    await expect(page.getByTestId('signed-in').textContent()).resolves.toContain('本寨村（填报员）');
    await page.getByRole('tab', { name: '台账' }).click();
    // The landing says when the month is due, by the Worker's clock (24 November), not the desk's.
    await expect(page.locator('.next-deadline').textContent()).resolves.toBe(
      '下次截止：2026年12月5日（还有 11 天）。2026年11月尚未报送。',
    );
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表，升级 0 张表。`).waitFor();
    const names = await page.evaluate(() => window.excelHost.sheets.map((s) => s.name));
    // The stamp's carrier every Excel can write: a hidden sheet.
    expect(names).toEqual(['Sheet1', ...ledgers.map((l) => l.sheetName), STAMP_SHEET]);
    await expect(page.evaluate((s) => window.excelHost.sheet(s).visibility, STAMP_SHEET)).resolves.toBe('Hidden');
    const title = await page.evaluate((s) => window.excelHost.sheet(s).values[0]?.[0], A);
    expect(title).toContain('本寨村');

    // Row 3 valid; row 4 a negative count; row 5 not a date; row 6 zero people (a warning).
    await typeRows(page, A, 'A3', [
      activityRow(1),
      activityRow(2, { 参加人次: -5 }),
      activityRow(3, { 活动日期: '不是日期' }),
      activityRow(4, { 参加人次: 0 }),
    ]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('发现 2 个错误、1 个提醒。').waitFor();
    const fills = await fillsOf(page, A);
    expect(fills).toEqual({
      [`${col('参加人次')}4`]: highlightColour.error,
      [`${col('活动日期')}5`]: highlightColour.error,
      [`${col('参加人次')}6`]: highlightColour.warning,
    });

    await page.setViewportSize({ width: 360, height: 720 });
    await screenshot(page, 'taskpane-check');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Clicking an issue selects its cell.
    await page.getByRole('button', { name: new RegExp(`^错误 ${col('活动日期')}5`) }).click();
    await expect
      .poll(() => page.evaluate(() => window.excelHost.selection))
      .toEqual({ sheet: A, address: `${col('活动日期')}5` });

    // Fix the errors; the warning stays and gets an explanation.
    await typeRows(page, A, `${col('参加人次')}4`, [[30]]);
    await typeRows(page, A, `${col('活动日期')}5`, [['2026-04-02']]);
    await page.getByRole('button', { name: '一键报送' }).click();
    await page.getByText('有 1 个提醒').waitFor();
    expect(await fillsOf(page, A)).toEqual({ [`${col('参加人次')}6`]: highlightColour.warning });
    const send = page.getByRole('button', { name: '确认报送' });
    expect(await send.isDisabled()).toBe(true);
    // The 核实说明 grows with its text: at the pane's width a long one is read whole, no inner scrollbar.
    const note = page.getByLabel('核实说明（可选）');
    await note.fill(LONG_NOTE);
    await expect(note.evaluate((area) => area.scrollHeight - area.clientHeight)).resolves.toBe(0);
    await expect(note.evaluate((area) => area.scrollWidth - area.clientWidth)).resolves.toBe(0);
    await page.getByLabel('我已核实以上提醒，确认报送').check();
    await send.click();
    await page.getByText('报送成功').waitFor();
    await expect(page.locator('[data-field="version"]').textContent()).resolves.toBe('1');
    // The unit's first version of the year reports November on time and the months before it late,
    // as the matrix counts them; the landing line is asked again.
    await expect(page.locator('.receipt .reporting').allTextContents()).resolves.toEqual([
      '本次报送计入 2026年11月（截止 12月5日，按时）',
      '同时补报 2026年1月至10月（均已逾期）',
    ]);
    await expect
      .poll(() => page.locator('.next-deadline').textContent())
      .toBe('下次截止：2026年12月5日（还有 11 天）。2026年11月已报送（第 1 版）。');
    await page.setViewportSize({ width: 360, height: 720 });
    await screenshot(page, 'taskpane-receipt');

    const [latest] = await clerkHistory(token);
    expect(latest?.version).toBe(1);
    const stored = await sys.system.client.call('GET', `/api/submissions/${latest?.submissionId}`, { token });
    const body = z.extend(storedReceipt, { rows: z.record(z.string(), z.array(z.unknown())) }).parse(stored.json);
    expect(body.counts.activity).toBe(4);
    expect(body.rows.activity).toHaveLength(4);
    expect(body.warnings.map((w) => w.note)).toEqual([LONG_NOTE]);
    // A Chinese pane checks and submits without ever fetching the English tables (english.ts), and
    // a current webview (page and validation worker) without fetching the polyfill script.
    expect(fetched.filter((url) => url.includes('/static/english-') || url.endsWith(POLYFILLS_URL))).toEqual([]);
    expect(fetched.some((url) => url.includes('/static/validate-worker-'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('while a cell is being edited the pane says to finish editing, and the same button then works; a protected sheet is checked but not painted', async () => {
    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim);
    // A supervisor: no earlier version to weigh the one-row ledger against.
    await signIn(page, sys.token('JZ', 'supervisor'));
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表，升级 0 张表。`).waitFor();
    await typeRows(page, A, 'A3', [activityRow(1, { 参加人次: -5 })]);

    await page.evaluate(() => {
      window.excelHost.cellEditing = true;
    });
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('请先结束单元格编辑（按 Enter 或 Esc）再重试', { exact: false }).waitFor();
    await page.evaluate(() => {
      window.excelHost.cellEditing = false;
    });
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText(/^发现 1 个错误/).waitFor();
    expect(Object.keys(await fillsOf(page, A))).toHaveLength(1);

    await page.evaluate((sheet) => {
      window.excelHost.sheet(sheet).protected = true;
    }, A);
    await typeRows(page, A, 'A4', [activityRow(2, { 参加人次: -6 })]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText(new RegExp(`^发现 2 个错误.* 工作表“${A}”受保护，问题单元格未标色`)).waitFor();
    // The earlier fill stays: a protected sheet is neither painted nor cleared.
    expect(Object.keys(await fillsOf(page, A))).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('runs under its Content-Security-Policy, and only Office on the web may frame it', async () => {
    const context = await sys.newContext();
    const { page, problems, response } = await openPane(sys, context, shim);
    expect(response?.status()).toBe(200);
    expect(await response?.allHeaders()).toMatchObject({
      'content-security-policy': taskpaneCsp('self'),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    // Office.js, the pane's own bundle, its styles and its API calls all pass
    // (the first test runs the validation worker under the same policy).
    await signIn(page, sys.token('BZC', 'clerk'));
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('工作簿里没有标准台账。', { exact: false }).waitFor();
    expect(problems).toEqual([]);

    /** A page of `host` (served by the test) framing `path` of the Worker: did the framed page load, and what did Chromium say? */
    async function framedFrom(host: string, path: string): Promise<{ loaded: boolean; console: string[] }> {
      // The dev Worker is on localhost: Chromium lets a public page frame it only with this permission.
      await context.grantPermissions(['local-network-access'], { origin: host });
      const framer = await context.newPage();
      const said: string[] = [];
      framer.on('console', (message) => said.push(message.text()));
      await standInForOfficeJs(framer, sys, shim);
      await framer.route(`${host}/**`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><iframe src="${sys.system.origin}${path}"></iframe>`,
        }),
      );
      await framer.goto(`${host}/workbook`);
      const frame = await (await framer.locator('iframe').elementHandle())?.contentFrame();
      await frame?.waitForLoadState('load');
      const loaded = (await frame?.evaluate(() => document.getElementById('app') !== null)) ?? false;
      await framer.close();
      return { loaded, console: said };
    }
    expect(await framedFrom('https://excel.officeapps.live.com', '/addin/taskpane')).toEqual({
      loaded: true,
      console: [],
    });
    const refused = (directive: string) => ({
      loaded: false,
      console: [
        `Framing '${sys.system.origin}/' violates the following Content Security Policy directive: "${directive}". The request has been blocked.\n`,
      ],
    });
    expect(await framedFrom('https://attacker.example', '/addin/taskpane')).toEqual(
      refused(`frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(' ')}`),
    );
    // The dashboard may be framed by no one, Office included.
    expect(await framedFrom('https://excel.officeapps.live.com', '/dashboard/')).toEqual(
      refused("frame-ancestors 'none'"),
    );
    await context.close();
  }, 60_000);

  test('a submission whose answer is lost is retried with the same key: one version, one receipt', async () => {
    const context = await sys.newContext();
    const { page } = await openPane(sys, context, shim);
    const token = sys.token('QYQ', 'clerk');
    await signIn(page, token);
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表`).waitFor();
    await typeRows(page, A, 'A3', [activityRow(1)]);

    let lose = true;
    await page.route('**/api/submissions', async (route) => {
      if (route.request().method() !== 'POST' || !lose) return route.fallback();
      lose = false;
      // The Worker gets the request and stores it; the pane never hears back.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: '一键报送' }).click();
    await page.getByRole('button', { name: '重试报送' }).waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('无法连接服务器');
    expect((await clerkHistory(token)).map((h) => h.version)).toEqual([1]);

    await page.getByRole('button', { name: '重试报送' }).click();
    await page.getByText('报送成功').waitFor();
    await expect(page.locator('[data-field="version"]').textContent()).resolves.toBe('1');
    expect((await clerkHistory(token)).map((h) => h.version)).toEqual([1]);
    await context.close();
  }, 120_000);

  test('a returned submission shows its reason and marks the cells the supervisor named', async () => {
    const clerk = sys.token('JYJ', 'clerk');
    const sent = await sys.system.client.call('POST', '/api/submissions', {
      token: clerk,
      json: {
        year: 2026,
        templateVersion: '2026.1',
        sheets: { [A]: { address: 'A1', values: [['标题'], activity.columns.map((c) => c.header), activityRow(1)] } },
      },
    });
    expect(sent.status).toBe(201);
    const id = storedReceipt.parse(sent.json).submissionId;
    const cell = `${col('参加人次')}3`;
    const returned = await sys.system.client.call('POST', `/api/submissions/${id}/return`, {
      token: sys.token('XX', 'supervisor'),
      json: { reason: '参加人次与签到表不符，请核实', cells: [{ sheet: A, cell, note: '签到表为 40 人' }] },
    });
    expect(returned.status).toBe(200);

    const context = await sys.newContext();
    const { page } = await openPane(sys, context, shim);
    await signIn(page, clerk);
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByText('第 1 版报送已被退回').waitFor();
    await expect(page.getByText('参加人次与签到表不符，请核实').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表`).waitFor();
    await page.getByRole('button', { name: '在表中标出' }).click();
    await expect.poll(() => fillsOf(page, A)).toEqual({ [cell]: highlightColour.error });
    await expect.poll(() => page.evaluate(() => window.excelHost.selection)).toEqual({ sheet: A, address: cell });
    await context.close();
  }, 120_000);

  test('a resubmission with far fewer rows is said so with the numbers and sent only once confirmed; the version is marked', async () => {
    const token = sys.token('BZC', 'clerk');
    const kept = (await clerkHistory(token))
      .filter((s) => s.returned === null)
      .sort((a, b) => b.version - a.version)[0];
    if (!kept) throw new Error('本寨村 has no version to replace');
    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim);
    await signIn(page, token);
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表`).waitFor();
    await typeRows(page, A, 'A3', [activityRow(1)]);
    await page.getByRole('button', { name: '一键报送' }).click();
    const lost = kept.counts.activity - 1;
    await page
      .getByText(
        `${A}：比第 ${kept.version} 版少了 ${lost} 条记录（第 ${kept.version} 版 ${kept.counts.activity} 条，本次 1 条），请核实是否漏填或选错了文件`,
      )
      .waitFor();
    const send = page.getByRole('button', { name: '确认报送' });
    expect(await send.isDisabled()).toBe(true);
    await page.getByLabel('我已核实以上提醒，确认报送').check();
    await send.click();
    await page.getByText('报送成功').waitFor();
    const newest = (await clerkHistory(token))[0];
    expect(newest?.version).toBe(Math.max(...(await clerkHistory(token)).map((v) => v.version)));
    expect(newest?.fewerRows.map((w) => [w.rule, w.params.version])).toEqual([['fewer', kept.version]]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('a supervisor writes the consolidation into the workbook, formula text inert, and downloads the file', async () => {
    const trap = '=HYPERLINK("http://example.invalid","点此查看")';
    // 区教育局 has sent nothing yet, so this one row replaces nothing.
    const sent = await sys.system.client.call('POST', '/api/submissions', {
      token: sys.token('JYJ', 'clerk'),
      json: {
        year: 2026,
        templateVersion: '2026.1',
        sheets: {
          [A]: {
            address: 'A1',
            values: [['标题'], activity.columns.map((c) => c.header), activityRow(1, { 活动主题: trap })],
          },
        },
      },
    });
    expect(sent.status).toBe(201);

    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim);
    await signIn(page, sys.token('XX', 'supervisor'));
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByRole('button', { name: '写入当前工作簿' }).click();
    await page.getByText(/已写入 \d+ 张汇总表/).waitFor();
    const sheets = await page.evaluate(() =>
      window.excelHost.sheets.map((s) => ({
        name: s.name,
        formulas: s.formulas.size,
        values: s.values.flat(),
        formats: [...s.numberFormats.values()],
      })),
    );
    const summary = sheets.filter((s) => s.name.startsWith('汇总-'));
    expect(summary.map((s) => s.name)).toContain(`汇总-${A}`);
    const ledger = summary.find((s) => s.name === `汇总-${A}`);
    expect(ledger?.values).toContain(trap);
    expect(summary.every((s) => s.formulas === 0)).toBe(true);
    // Dates come back as dates, not serial numbers.
    expect(ledger?.formats).toContain('yyyy-mm-dd');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 .xlsx 文件' }).click(),
    ]);
    // The Worker's UTF-8 name (filename*) reaches the browser's download.
    expect(download.suggestedFilename()).toBe('西秀区2026年廉政教育台账汇总.xlsx');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('in Excel 2016 (ExcelApi 1.1) the pane says what inserted ledgers lack, and inserts and checks without ApiNotFound', async () => {
    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim, { excelApiMinor: 1 });
    await signIn(page, sys.token('BZC', 'clerk'));
    await expect(page.getByRole('note').textContent()).resolves.toMatch(
      /此 Excel 只支持 ExcelApi 1\.1，插入的台账没有列宽、行高和合并居中的标题、隐藏的模板信息表.*冻结的表头、下拉列表和输入限制/,
    );
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表，升级 0 张表。`).waitFor();
    await typeRows(page, A, 'A3', [activityRow(1, { 参加人次: -5 })]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('发现 1 个错误、0 个提醒。').waitFor();
    expect(await fillsOf(page, A)).toEqual({ [`${col('参加人次')}3`]: highlightColour.error });
    expect(await page.evaluate((s) => window.excelHost.sheet(s).visibility, STAMP_SHEET)).toBe('Visible');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('in Excel for Mac, which ignores a[download], the file goes through the system browser, and the pane says where', async () => {
    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim, { platform: 'Mac' });
    await signIn(page, sys.token('XX', 'supervisor'));
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByRole('button', { name: '下载 .xlsx 文件' }).click();
    await page.getByText(/已改用系统浏览器下载“西秀区2026年廉政教育台账汇总\.xlsx”/).waitFor();
    const [url] = await page.evaluate(() => window.openedInBrowser);
    expect(url).toMatch(new RegExp(`^${sys.system.origin}/api/handoff/dl_`));
    // The browser holds no credential: the link alone fetches the file, once.
    const fetched = await context.request.get(url ?? '');
    expect(fetched.status()).toBe(200);
    expect(fetched.headers()['content-disposition']).toContain(encodeURIComponent('西秀区2026年廉政教育台账汇总.xlsx'));
    expect((await readXlsx(new Uint8Array(await fetched.body()))).sheets.length).toBeGreaterThan(3);
    expect((await context.request.get(url ?? '')).status()).toBe(404);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('speaks English in an English Excel, fits 320 px, and paints cell by cell without ExcelApi 1.9', async () => {
    const context = await sys.newContext({ width: 320, height: 640 });
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(request.url()));
    const { page, problems } = await openPane(sys, context, shim, { displayLanguage: 'en-US', excelApiMinor: 8 });
    // A refusal is worded from the English script's table too.
    await page.getByLabel('Credential').fill('not-a-credential');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'This credential is not valid or has been revoked; ask your administrator for a new one.',
    );
    await page.getByLabel('Credential').fill(sys.token('JZ', 'supervisor'));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('signed-in').waitFor();
    await page.getByRole('tab', { name: 'Ledgers' }).click();
    await page.getByRole('button', { name: 'Insert standard sheets' }).click();
    await page.getByText(`Inserted ${ledgers.length} sheets, upgraded 0.`).waitFor();
    await typeRows(page, A, 'A3', [activityRow(1, { 参加人次: -5 }), activityRow(2, { 参加人次: -6 })]);
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByText('2 errors, 0 warnings.').waitFor();
    // Worded by the validation worker from the English script it ran with importScripts.
    await expect(page.locator('.issue-text').allTextContents()).resolves.toEqual([
      '参加人次 "-5" cannot be negative.',
      '参加人次 "-6" cannot be negative.',
    ]);
    expect(await fillsOf(page, A)).toEqual({
      [`${col('参加人次')}3`]: highlightColour.error,
      [`${col('参加人次')}4`]: highlightColour.error,
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    // Keyboard only: Tab reaches the tabs and the buttons in order.
    await page.getByRole('tab', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('token');
    // English is a script of its own, which only an English pane fetches (a Chinese one: the first test).
    expect(fetched.some((url) => url.includes('/static/english-'))).toBe(true);
    // Chromium logs the refused credential's 401; nothing else.
    expect(problems.filter((p) => !p.includes('status of 401'))).toEqual([]);
    await context.close();
  }, 120_000);

  test('50,000 rows are read in chunks with progress, checked in a Web Worker, and their errors painted', async () => {
    const context = await sys.newContext();
    const { page } = await openPane(sys, context, shim);
    await signIn(page, sys.token('BZC', 'clerk'));
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表`).waitFor();
    const rows = Array.from({ length: 50_000 }, (_, i) => activityRow(i + 1, i % 1000 === 999 ? { 参加人次: -1 } : {}));
    await typeRows(page, A, 'A3', rows);

    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.progress')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('发现 50 个错误、0 个提醒。').waitFor({ timeout: 90_000 });
    const progress = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progress.filter((p) => p.startsWith('正在读取')).length).toBeGreaterThan(2);
    expect(progress).toContain('正在校验…');
    expect(workers.some((url) => url.includes('validate-worker'))).toBe(true);
    expect(Object.keys(await fillsOf(page, A))).toHaveLength(50);
    const syncs = await page.evaluate(() => window.excelHost.stats.responseBytes.length);
    expect(syncs).toBeGreaterThan(3);
    await context.close();
  }, 180_000);

  test('a check with more issues than a list holds says how many of the kind it leaves out', async () => {
    const context = await sys.newContext();
    const { page, problems } = await openPane(sys, context, shim);
    // A supervisor checks without a version to weigh against: the 1,500 zero counts are the only warnings.
    await signIn(page, sys.token('JZ', 'supervisor'));
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表`).waitFor();
    await typeRows(
      page,
      A,
      'A3',
      Array.from({ length: 1500 }, (_, i) => activityRow(i + 1, { 参加人次: 0 })),
    );
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText('发现 0 个错误、1500 个提醒。').waitFor({ timeout: 60_000 });
    const group = page.getByRole('region', { name: A });
    await expect(group.locator('.counts').textContent()).resolves.toBe('错误 0 · 提醒 1500');
    // The list holds 1,000, 100 at a time; the last of them is followed by what it leaves out.
    for (let shown = 100; shown < 1000; shown += 100)
      await group.getByRole('button', { name: '再显示 100 条' }).click();
    await expect(group.locator('li.issue').count()).resolves.toBe(1000);
    await expect(group.locator('li.issue-more').textContent()).resolves.toBe('还有 500 条同类问题');
    expect(await group.getByRole('button', { name: /^再显示/ }).count()).toBe(0);
    // Only what is listed is painted.
    expect(Object.keys(await fillsOf(page, A))).toHaveLength(1000);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('in EdgeHTML 18 (Chromium without the newer built-ins, page and worker): loads with the polyfill script, checks, highlights and submits', async () => {
    const context = await sys.newContext();
    const old = oldWebview(sys.system.origin);
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    // Office 2019 retail without WebView2: ExcelApi 1.7 on Windows.
    const { page, problems } = await openPane(sys, context, shim, { excelApiMinor: 7, platform: 'PC' }, old.prepare);
    // The pane first (without the polyfill script it never renders), then Playwright's
    // page.evaluate, which itself needs globalThis.
    await signIn(page, sys.token('JZC', 'clerk'));
    await expect(page.evaluate(() => window.removedBuiltIns)).resolves.toEqual(expect.arrayContaining(MUST_GO));
    await page.getByRole('tab', { name: '台账' }).click();
    await page.getByRole('button', { name: '插入标准台账' }).click();
    await page.getByText(`已插入 ${ledgers.length} 张表，升级 0 张表。`).waitFor();
    await typeRows(page, A, 'A3', [activityRow(1), activityRow(2, { 参加人次: -5 })]);
    await page.getByRole('button', { name: '校验' }).click();
    await page.getByText(/^发现 1 个错误/).waitFor();
    expect(old.workersStarted).toHaveLength(1);
    expect(await fillsOf(page, A)).toEqual({ [`${col('参加人次')}4`]: highlightColour.error });

    await typeRows(page, A, `${col('参加人次')}4`, [[30]]);
    await page.getByRole('button', { name: '一键报送' }).click();
    await page.getByText('报送成功').waitFor();
    await expect(page.locator('[data-field="version"]').textContent()).resolves.toBe('1');
    // The check script found built-ins missing, so the page loaded the polyfill script (the first test: a current one does not).
    expect(fetched).toContain(POLYFILLS_URL);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
