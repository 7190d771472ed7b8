/**
 * The whole system as `npm start` runs it (wrangler dev over HTTPS, local D1 and R2 in a fresh
 * directory): seed a district through the admin API, submit workbooks written by LibreOffice and
 * openpyxl as raw uploads, download the consolidated workbook and read it back with openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { FIXTURES_DIR } from '../../scripts/paths.ts';
import { ledgers } from '#shared/index.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { seedDemo, submitWorkbook, type DemoCredential } from '../../scripts/seed.ts';
import type { RunningSystem } from '../../scripts/system.ts';
import { TEST_TODAY } from '../support/test-clock.ts';
import { type DevSystem, startDevSystem } from '../support/dev-system.ts';
import { addFigures, figuresOf, type Figures } from './fixture-figures.ts';
import { convert } from '../xlsx-writer/tools.ts';
import { dumpWorkbook, type Cell, type DumpedSheet } from './workbook-dump.ts';

const YEAR = 2026;
const PYTHON = '/usr/bin/python3';
const HERE = new URL('.', import.meta.url).pathname;
const printSetup = z.array(
  z.object({
    sheet: z.string(),
    orientation: z.string().nullable(),
    paperSize: z.number().nullable(),
    fitToPage: z.boolean(),
    fitToWidth: z.number().nullable(),
    fitToHeight: z.number().nullable(),
    printTitleRows: z.string().nullable(),
    header: z.string().nullable(),
    footer: z.string().nullable(),
    tallestRow: z.number(),
  }),
);
const printedPages = z.array(
  z.object({ sheet: z.string(), pages: z.number(), sizes: z.array(z.tuple([z.number(), z.number()])) }),
);
const LIBREOFFICE = 'libreoffice-messy-valid.xlsx';
const OPENPYXL = 'sample-messy-valid.xlsx';
const STAMPED = 'stamped-2026.xlsx';
const PLANTED = 'planted-problems.xlsx';

const receipt = z.object({
  unitCode: z.string(),
  year: z.number(),
  version: z.number(),
  counts: z.object({ rectification: z.number(), activity: z.number(), inspection: z.number() }),
});
const rejection = z.object({
  error: z.object({
    code: z.string(),
    issues: z.array(
      z.object({
        severity: z.string(),
        code: z.string(),
        rule: z.string().nullable(),
        sheet: z.string().nullable(),
        row: z.number().nullable(),
        column: z.string().nullable(),
      }),
    ),
  }),
});
const expectedIssues = z.array(
  z.object({
    sheet: z.string().nullable(),
    cell: z.string().nullable(),
    code: z.string(),
    rule: z.string().nullable(),
    severity: z.string(),
  }),
);

let dev: DevSystem;
let system: RunningSystem;
let work: string;
let credentials: DemoCredential[];

function token(unitCode: string, role: 'clerk' | 'supervisor'): string {
  const found = credentials.find((c) => c.unitCode === unitCode && c.role === role);
  if (!found) throw new Error(`no ${role} credential for ${unitCode}`);
  return found.token;
}

const fixture = (name: string): Promise<DumpedSheet[]> => dumpWorkbook(join(FIXTURES_DIR, name));

beforeAll(async () => {
  dev = await startDevSystem('e2e');
  ({ system, work } = dev);
  credentials = await seedDemo(system.client, dev.adminToken);
}, 180_000);

afterAll(async () => {
  await dev?.stop();
}, 30_000);

// Generous: CI runs this next to the workerd test pool on two cores.
describe('a district on the real dev server', { timeout: 60_000 }, () => {
  test('a LibreOffice workbook uploaded raw by 本寨村 is accepted with a receipt', async () => {
    const reply = await submitWorkbook(system.client, token('BZC', 'clerk'), LIBREOFFICE, YEAR);
    expect(reply.status, JSON.stringify(reply.json)).toBe(201);
    expect(receipt.parse(reply.json)).toMatchObject({
      unitCode: 'BZC',
      year: YEAR,
      version: 1,
      counts: { rectification: 8, activity: 13, inspection: 8 },
    });
  });

  test('a workbook with planted problems is refused with 422 and the issues', async () => {
    const reply = await submitWorkbook(system.client, token('BZC', 'clerk'), PLANTED, YEAR);
    expect(reply.status).toBe(422);
    const { error } = rejection.parse(reply.json);
    expect(error.code).toBe('validation-failed');
    const got = error.issues.map(
      (i) =>
        `${i.severity} ${i.code} ${i.rule} ${i.sheet} ${i.column === null || i.row === null ? null : `${i.column}${i.row}`}`,
    );
    const planted = expectedIssues.parse(
      JSON.parse(readFileSync(join(FIXTURES_DIR, 'planted-problems.expected.json'), 'utf8')),
    );
    // The expected list is for --today 2026-11-24, the day the Worker's clock stands at. The Worker
    // also weighs the file against 本寨村's version 1 (8 inspections): the planted one has far fewer.
    const inspections = planted.findIndex((i) => i.sheet === '监督检查台账');
    const expected = planted.map((i) => `${i.severity} ${i.code} ${i.rule} ${i.sheet} ${i.cell}`);
    expected.splice(inspections, 0, 'warning fewer-rows fewer 监督检查台账 null');
    expect(got).toEqual(expected);
  });

  test('the district export, read back by openpyxl, adds up to the submitted workbooks', async () => {
    for (const [unit, file] of [
      ['QYQ', OPENPYXL],
      ['JYJ', STAMPED],
    ] as const) {
      const reply = await submitWorkbook(system.client, token(unit, 'clerk'), file, YEAR);
      expect(reply.status, `${unit} ${file}: ${JSON.stringify(reply.json)}`).toBe(201);
    }

    const reply = await system.client.call('GET', `/api/export?year=${YEAR}&format=xlsx`, {
      token: token('XX', 'supervisor'),
    });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const file = join(work, 'export.xlsx');
    writeFileSync(file, reply.bytes);
    const exported = await dumpWorkbook(file);
    expect(exported.map((s) => s.name)).toEqual([
      '报告数据',
      '报告数据（分单位）',
      '汇总',
      '报送情况',
      '预警',
      '核实说明',
      '分类统计',
      '一案一整改台账',
      '廉政教育活动台账',
      '监督检查台账',
      '典型案例库',
    ]);

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
    const categories = checked
      .filter((h) => h.endsWith('（次）') && h !== '活动合计（次）')
      .map((h) => h.slice(0, -'（次）'.length));
    const figures = (r: Record<string, Cell>): Figures => Object.fromEntries(checked.map((h) => [h, Number(r[h])]));

    const [libre, openpyxl, stamped] = await Promise.all(
      [LIBREOFFICE, OPENPYXL, STAMPED].map(async (f) => figuresOf(await fixture(f), categories, TEST_TODAY)),
    );
    expect(libre?.['活动合计（次）']).toBe(13);
    expect(checked).toEqual(Object.keys(libre ?? {}));

    const benzhai = row((r) => r[0] === 'BZC', '本寨村');
    expect(benzhai.单位名称).toBe('本寨村');
    expect(benzhai.版本).toBe('第1版');
    expect(figures(benzhai)).toEqual(libre);
    expect(figures(row((r) => r[0] === 'QYQ', '七眼桥镇'))).toEqual(openpyxl);
    expect(figures(row((r) => r[0] === 'JYJ', '区教育局'))).toEqual(stamped);
    expect(figures(row((r) => r[1] === '七眼桥镇 小计', '七眼桥镇 小计'))).toEqual(
      addFigures(libre ?? {}, openpyxl ?? {}),
    );
    expect(figures(row((r) => r[1] === '西秀区 合计', '西秀区 合计'))).toEqual(
      addFigures(libre ?? {}, openpyxl ?? {}, stamped ?? {}),
    );

    // The 数据稿 of the same consolidation, read back by LibreOffice, says the 汇总's numbers.
    const draft = await system.client.call('GET', `/api/report.docx?year=${YEAR}`, {
      token: token('XX', 'supervisor'),
    });
    expect(draft.status).toBe(200);
    const docx = join(work, 'report.docx');
    writeFileSync(docx, draft.bytes);
    const text = readFileSync(convert(docx, 'txt:Text', 'txt', work), 'utf8');
    const total = row((r) => r[1] === '西秀区 合计', '西秀区 合计');
    expect(text).toContain(`区级主流媒体围绕全区廉政教育工作播发、刊载新闻信息${total.新闻报道条数}条`);
    expect(text).toContain('西秀区监察委员会2026年廉政教育工作情况（数据稿）');
  });

  test('the district export prints: A4 landscape one page wide, header rows and page numbers on every page', {
    timeout: 240_000,
  }, async () => {
    // 旧州镇 reports cases with long 简要案情: three townships and a department in the district.
    const issued = await system.client.call('POST', '/api/admin/credentials', {
      token: dev.adminToken,
      json: { unitCode: 'JZ', role: 'clerk', label: '旧州镇 填报员' },
    });
    expect(issued.status).toBe(201);
    const long = join(work, 'long-case-text.xlsx');
    execFileSync(PYTHON, [join(HERE, 'long-case-text.py'), join(FIXTURES_DIR, OPENPYXL), long]);
    const submitted = await system.client.call('POST', `/api/submissions?year=${YEAR}`, {
      token: z.object({ token: z.string() }).parse(issued.json).token,
      body: new Uint8Array(readFileSync(long)),
      contentType: XLSX_TYPE,
    });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);

    const reply = await system.client.call('GET', `/api/export?year=${YEAR}&format=xlsx`, {
      token: token('XX', 'supervisor'),
    });
    expect(reply.status).toBe(200);
    const file = join(work, 'print.xlsx');
    writeFileSync(file, reply.bytes);

    const setup = printSetup.parse(
      JSON.parse(execFileSync(PYTHON, [join(HERE, 'print-setup.py'), file], { encoding: 'utf8' })),
    );
    for (const s of setup) {
      expect(s, s.sheet).toMatchObject({
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        footer: '第 &P 页 共 &N 页',
      });
      expect(s.header, s.sheet).toMatch(/^西秀区2026年.+\n范围：西秀区（9 个单位）/);
      expect(s.printTitleRows, s.sheet).toBe(ledgers.some((l) => l.sheetName === s.sheet) ? '$1:$1' : '$3:$3');
    }
    expect(setup.find((s) => s.sheet === '报告数据')?.fitToHeight).toBe(1);
    // Long 简要案情 wraps onto rows tall enough for several lines.
    expect(setup.find((s) => s.sheet === '一案一整改台账')?.tallestRow).toBeGreaterThan(3 * 14.25);

    const outDir = mkdtempSync(join(work, 'pdf-'));
    const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'lo-profile-'))).href;
    const pages = printedPages.parse(
      JSON.parse(
        execFileSync(PYTHON, [join(HERE, 'print-pages.py'), file, outDir, profile], {
          encoding: 'utf8',
          timeout: 200_000,
        }),
      ),
    );
    expect(pages.map((p) => p.sheet)).toEqual(setup.map((s) => s.sheet));
    for (const p of pages) {
      expect(p.pages, p.sheet).toBeGreaterThan(0);
      // A4 landscape: 842 × 595 points.
      expect(
        p.sizes.every(([w, h]) => w === 842 && h === 595),
        `${p.sheet}: ${JSON.stringify(p.sizes)}`,
      ).toBe(true);
    }
    const pagesOf = (sheet: string): number | undefined => pages.find((p) => p.sheet === sheet)?.pages;
    expect(pagesOf('报告数据')).toBe(1);
    expect(pagesOf('汇总')).toBe(1);
    expect(pagesOf('报送情况')).toBe(1);
  });
});
