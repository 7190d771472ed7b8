/**
 * The whole system as `npm start` runs it (wrangler dev over HTTPS, local D1 and R2 in a fresh
 * directory): seed a district through the admin API, submit workbooks written by LibreOffice and
 * openpyxl as raw uploads, download the consolidated workbook and read it back with openpyxl.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { FIXTURES_DIR } from '../../scripts/paths.ts';
import { freePort } from '../../scripts/port.ts';
import { seedDemo, submitWorkbook, type DemoCredential } from '../../scripts/seed.ts';
import { startSystem, type RunningSystem } from '../../scripts/system.ts';
import { TEST_NOW, TEST_TODAY } from '../support/test-clock.ts';
import { addFigures, figuresOf, type Figures } from './fixture-figures.ts';
import { convert } from '../xlsx-writer/tools.ts';
import { dumpWorkbook, type Cell, type DumpedSheet } from './workbook-dump.ts';

const YEAR = 2026;
const LIBREOFFICE = 'libreoffice-messy-valid.xlsx';
const OPENPYXL = 'sample-messy-valid.xlsx';
const STAMPED = 'stamped-2026.xlsx';
const PLANTED = 'planted-problems.xlsx';

const receipt = z.object({ unitCode: z.string(), year: z.number(), version: z.number(), counts: z.object({ rectification: z.number(), activity: z.number(), inspection: z.number() }) });
const rejection = z.object({
  error: z.object({
    code: z.string(),
    issues: z.array(z.object({ severity: z.string(), code: z.string(), rule: z.string().nullable(), sheet: z.string().nullable(), row: z.number().nullable(), column: z.string().nullable() })),
  }),
});
const expectedIssues = z.array(z.object({ sheet: z.string().nullable(), cell: z.string().nullable(), code: z.string(), rule: z.string().nullable(), severity: z.string() }));

const work = mkdtempSync(join(tmpdir(), 'qingfeng-e2e-'));
const adminToken = randomBytes(18).toString('base64url');
const wranglerLog: string[] = [];
let system: RunningSystem;
let credentials: DemoCredential[];

function token(unitCode: string, role: 'clerk' | 'supervisor'): string {
  const found = credentials.find((c) => c.unitCode === unitCode && c.role === role);
  if (!found) throw new Error(`no ${role} credential for ${unitCode}`);
  return found.token;
}

const fixture = (name: string): Promise<DumpedSheet[]> => dumpWorkbook(join(FIXTURES_DIR, name));

beforeAll(async () => {
  try {
    system = await startSystem({ port: await freePort(), adminToken, persistTo: join(work, 'state'), fixedNow: TEST_NOW, log: (line) => wranglerLog.push(line) });
  } catch (error) {
    throw new Error(`${String(error)}\n--- wrangler output ---\n${wranglerLog.slice(-60).join('\n')}`);
  }
  credentials = await seedDemo(system.client, adminToken);
}, 180_000);

afterAll(async () => {
  await system?.stop();
  rmSync(work, { recursive: true, force: true });
}, 30_000);

// Generous: CI runs this next to the workerd test pool on two cores.
describe('a district on the real dev server', { timeout: 60_000 }, () => {
  test('a LibreOffice workbook uploaded raw by 本寨村 is accepted with a receipt', async () => {
    const reply = await submitWorkbook(system.client, token('BZC', 'clerk'), LIBREOFFICE, YEAR);
    expect(reply.status, JSON.stringify(reply.json)).toBe(201);
    expect(receipt.parse(reply.json)).toMatchObject({ unitCode: 'BZC', year: YEAR, version: 1, counts: { rectification: 8, activity: 13, inspection: 8 } });
  });

  test('a workbook with planted problems is refused with 422 and the issues', async () => {
    const reply = await submitWorkbook(system.client, token('BZC', 'clerk'), PLANTED, YEAR);
    expect(reply.status).toBe(422);
    const { error } = rejection.parse(reply.json);
    expect(error.code).toBe('validation-failed');
    const got = error.issues.map((i) => `${i.severity} ${i.code} ${i.rule} ${i.sheet} ${i.column === null || i.row === null ? null : `${i.column}${i.row}`}`);
    const planted = expectedIssues.parse(JSON.parse(readFileSync(join(FIXTURES_DIR, 'planted-problems.expected.json'), 'utf8')));
    // The expected list is for --today 2026-11-24, the day the Worker's clock stands at. The Worker
    // also weighs the file against 本寨村's version 1 (8 inspections): the planted one has far fewer.
    const inspections = planted.findIndex((i) => i.sheet === '监督检查台账');
    const expected = planted.map((i) => `${i.severity} ${i.code} ${i.rule} ${i.sheet} ${i.cell}`);
    expected.splice(inspections, 0, 'warning fewer-rows fewer 监督检查台账 null');
    expect(got).toEqual(expected);
  });

  test('the district export, read back by openpyxl, adds up to the submitted workbooks', async () => {
    for (const [unit, file] of [['QYQ', OPENPYXL], ['JYJ', STAMPED]] as const) {
      const reply = await submitWorkbook(system.client, token(unit, 'clerk'), file, YEAR);
      expect(reply.status, `${unit} ${file}: ${JSON.stringify(reply.json)}`).toBe(201);
    }

    const reply = await system.client.call('GET', `/api/export?year=${YEAR}&format=xlsx`, { token: token('XX', 'supervisor') });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const file = join(work, 'export.xlsx');
    writeFileSync(file, reply.bytes);
    const exported = await dumpWorkbook(file);
    expect(exported.map((s) => s.name)).toEqual(['报告数据', '报告数据（分单位）', '汇总', '报送情况', '预警', '一案一整改台账', '廉政教育活动台账', '监督检查台账']);

    const summary = exported.find((s) => s.name === '汇总')?.rows ?? [];
    const headerAt = summary.findIndex((r) => r[0] === '单位编码');
    expect(headerAt).toBeGreaterThanOrEqual(0);
    const headers = (summary[headerAt] ?? []).map(String);
    const row = (match: (r: Cell[]) => boolean, what: string): Record<string, Cell> => {
      const found = summary.slice(headerAt + 1).find(match);
      if (!found) throw new Error(`汇总 has no ${what} row`);
      return Object.fromEntries(headers.map((h, i) => [h, found[i] ?? null]));
    };
    const checked = headers.slice(headers.indexOf('提交时间') + 1);
    const categories = checked.filter((h) => h.endsWith('（次）') && h !== '活动合计（次）').map((h) => h.slice(0, -'（次）'.length));
    const figures = (r: Record<string, Cell>): Figures => Object.fromEntries(checked.map((h) => [h, Number(r[h])]));

    const [libre, openpyxl, stamped] = await Promise.all([LIBREOFFICE, OPENPYXL, STAMPED].map(async (f) => figuresOf(await fixture(f), categories, TEST_TODAY)));
    expect(libre?.['活动合计（次）']).toBe(13);
    expect(checked).toEqual(Object.keys(libre ?? {}));

    const benzhai = row((r) => r[0] === 'BZC', '本寨村');
    expect(benzhai['单位名称']).toBe('本寨村');
    expect(benzhai['版本']).toBe('第1版');
    expect(figures(benzhai)).toEqual(libre);
    expect(figures(row((r) => r[0] === 'QYQ', '七眼桥镇'))).toEqual(openpyxl);
    expect(figures(row((r) => r[0] === 'JYJ', '区教育局'))).toEqual(stamped);
    expect(figures(row((r) => r[1] === '七眼桥镇 小计', '七眼桥镇 小计'))).toEqual(addFigures(libre ?? {}, openpyxl ?? {}));
    expect(figures(row((r) => r[1] === '西秀区 合计', '西秀区 合计'))).toEqual(addFigures(libre ?? {}, openpyxl ?? {}, stamped ?? {}));

    // The 数据稿 of the same consolidation, read back by LibreOffice, says the 汇总's numbers.
    const draft = await system.client.call('GET', `/api/report.docx?year=${YEAR}`, { token: token('XX', 'supervisor') });
    expect(draft.status).toBe(200);
    const docx = join(work, 'report.docx');
    writeFileSync(docx, draft.bytes);
    const text = readFileSync(convert(docx, 'txt:Text', 'txt', work), 'utf8');
    const total = row((r) => r[1] === '西秀区 合计', '西秀区 合计');
    expect(text).toContain(`区级主流媒体围绕全区廉政教育工作播发、刊载新闻信息${total['新闻报道条数']}条`);
    expect(text).toContain('西秀区监察委员会2026年廉政教育工作情况（数据稿）');
  });
});
