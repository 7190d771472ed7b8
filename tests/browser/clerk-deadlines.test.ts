/**
 * What a clerk is told of deadlines, on the days they turn: the upload page's 下次截止 and the
 * receipt's 本次报送计入, in Chromium against the real Worker and D1, with the Worker's clock (and so
 * the page's) stopped in the last hours of a 5th and the first of a 6th, China time. The words come
 * from the rule the supervisors' matrix uses, which is asked too. At 1366 × 768, a desk's usual
 * screen, a long 核实说明 is read whole beside its warning and stored whole.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { statusMatrix, submissionWarnings } from '#shared/api/schemas.ts';
import { signIn, warningsWorkbook } from './dashboard-page.ts';
import { type BrowserSystem, screenshot, startBrowserSystem } from './harness.ts';

// A fixed name: the page shows it, and the screenshots should not change from run to run.
const DIR = mkdtempSync(join(tmpdir(), 'qingfeng-deadlines-'));
const WARNINGS = join(DIR, '区教育局台账.xlsx');
const DESK = { width: 1366, height: 768 };
const NOTE =
  '该次活动为线上专题学习，参加人员通过“学习强国”平台统一组织，签到记录由平台导出后另行归档，' +
  '因此台账中参加人次暂填为 0。经与镇纪委核对，实际参加 46 人次，签到表已于 12 月 3 日报送镇纪委备案，' +
  '下月起将按实际人数填写，并在备注中注明线上、线下各自的人次，以免汇总时重复或遗漏。';

beforeAll(async () => warningsWorkbook(WARNINGS));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** The clerk of 区教育局 uploads the two-warning workbook, explains the 参加人次 warning at length and submits. */
async function uploadWithNote(sys: BrowserSystem, shot?: string) {
  const context = await sys.newContext(DESK);
  const page = await context.newPage();
  const problems = sys.watch(page);
  await signIn(page, sys.system.origin, sys.token('JYJ', 'clerk'));
  const before = await page.locator('.next-deadline').textContent();
  await page.getByLabel('选择文件').setInputFiles(WARNINGS);
  const note = page.getByLabel('廉政教育活动台账 G4 的核实说明');
  await note.fill(NOTE);
  // Nothing of the note or of the warning it answers is cut at this width: no inner scrollbar
  // either way, the page does not scroll sideways, and the warning's words stand in view beside it.
  const fit = await note.evaluate((area) => {
    const message = document.getElementById(area.getAttribute('aria-describedby') ?? '');
    const rect = message?.getBoundingClientRect();
    return {
      sideways: area.scrollWidth - area.clientWidth,
      hidden: area.scrollHeight - area.clientHeight,
      lines: Math.round(area.clientHeight / Number.parseFloat(getComputedStyle(area).lineHeight)),
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      message: message?.textContent ?? '',
      messageInView: rect !== undefined && rect.left >= 0 && rect.right <= window.innerWidth && rect.width > 0,
      noteInView: area.getBoundingClientRect().right <= window.innerWidth,
    };
  });
  expect(fit).toMatchObject({ sideways: 0, hidden: 0, page: 0, messageInView: true, noteInView: true });
  expect(fit.lines).toBeGreaterThan(2);
  expect(fit.message).toContain('参加人次为 0');
  if (shot) {
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, shot);
  }
  await page.getByLabel(/我已逐条核实以上 2 条警告/).check();
  await page.getByRole('button', { name: '报送 2026 年台账' }).click();
  await page.getByRole('heading', { name: '报送成功 · 回执' }).waitFor();
  const receipt = await page.locator('.receipt .reporting').allTextContents();
  // The landing line is asked again after the 报送: its month may now be reported.
  await expect.poll(() => page.locator('.next-deadline').textContent()).not.toBe(before);
  const after = await page.locator('.next-deadline').textContent();
  return { page, problems, before, receipt, after, close: () => context.close() };
}

/** The version's stored 核实说明 and the month's cell of the matrix, as the district supervisor reads them. */
async function storedAndMatrix(sys: BrowserSystem, month: number) {
  const token = sys.token('XX', 'supervisor');
  const listed = await sys.system.client.call('GET', '/api/submissions?unit=JYJ', { token });
  const id = (listed.json as { submissions: { submissionId: string }[] }).submissions[0]?.submissionId;
  const warnings = submissionWarnings.parse(
    (await sys.system.client.call('GET', `/api/submissions/${id}/warnings`, { token })).json,
  );
  const matrix = statusMatrix.parse(
    (await sys.system.client.call('GET', `/api/status?year=2026&month=${month}`, { token })).json,
  );
  return {
    notes: warnings.warnings.map((w) => w.note),
    cell: matrix.units.find((u) => u.code === 'JYJ')?.months[month],
  };
}

describe('the 5th, 22:00 in China: November is due today', () => {
  let sys: BrowserSystem;
  beforeAll(async () => {
    sys = await startBrowserSystem('2026-12-05T14:00:00.000Z');
  }, 180_000);
  afterAll(async () => sys?.stop(), 30_000);

  test('下次截止 says today; the receipt counts the version for November, on time, and January to October late', async () => {
    const run = await uploadWithNote(sys, 'clerk-upload-note');
    expect(run.before).toBe('下次截止：2026年12月5日（今天截止）。2026年11月尚未报送。');
    expect(run.receipt).toEqual([
      '本次报送计入 2026年11月（截止 12月5日，按时）',
      '同时补报 2026年1月至10月（均已逾期）',
    ]);
    expect(run.after).toBe('下次截止：2026年12月5日（今天截止）。2026年11月已报送（第 1 版）。');
    await screenshot(run.page, 'clerk-upload-receipt', true);
    const { notes, cell } = await storedAndMatrix(sys, 11);
    // The note arrived whole, every character of it.
    expect(notes).toEqual([null, NOTE]);
    expect(cell).toMatchObject({ status: '已报送', version: 1, deadline: '2026-12-05' });
    expect(run.problems).toEqual([]);
    await run.close();
  }, 120_000);
});

describe('the 6th, 00:30 in China: November is overdue, December is next', () => {
  let sys: BrowserSystem;
  beforeAll(async () => {
    sys = await startBrowserSystem('2026-12-05T16:30:00.000Z');
  }, 180_000);
  afterAll(async () => sys?.stop(), 30_000);

  test('下次截止 is 5 January; the receipt counts the version for December, and November late with the rest', async () => {
    const run = await uploadWithNote(sys);
    expect(run.before).toBe('下次截止：2027年1月5日（还有 30 天）。2026年12月尚未报送。');
    expect(run.receipt).toEqual([
      '本次报送计入 2026年12月（截止 2027年1月5日，按时）',
      '同时补报 2026年1月至11月（均已逾期）',
    ]);
    expect(run.after).toBe('下次截止：2027年1月5日（还有 30 天）。2026年12月已报送（第 1 版）。');
    const { cell } = await storedAndMatrix(sys, 11);
    expect(cell).toMatchObject({ status: '逾期报送', version: 1, due: true });
    expect(run.problems).toEqual([]);
    await run.close();
  }, 120_000);
});
