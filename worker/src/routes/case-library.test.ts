import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { receipt } from '#shared/api/schemas.ts';
import { type CellValue, caseLibrary, TEMPLATE_VERSION } from '#shared/index.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { type RowCells, sheetOf, workbookOf } from '../../../tests/support/ledger-builder.ts';
import { bodyOf, call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { fixtureBytes } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;

/** 本寨村's cases: one cites a case its 一案一整改台账 does not have. */
const BZC_CASES: RowCells[] = [
  { 行业领域: '村（社区）', 违纪违法类型: '侵害群众利益', 涉案人数: 2, 用于警示教育场次: 3 },
  {
    行业领域: '教育',
    违纪违法类型: '侵害群众利益',
    涉案人数: '4人',
    用于警示教育场次: null,
    关联案件编号: '七纪案〔2026〕1号',
  },
  {
    行业领域: '村（社区）',
    违纪违法类型: '玩忽职守',
    涉案人数: 1,
    用于警示教育场次: 1,
    关联案件编号: '七纪案〔2026〕9号',
  },
];

async function exportedSheets(token: string, query = ''): Promise<Map<string, CellValue[][]>> {
  const response = await exports.default.fetch(
    new Request(`https://ledger.test/api/export?year=2026${query}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
  expect(response.status).toBe(200);
  return new Map((await readXlsx(new Uint8Array(await response.arrayBuffer()))).sheets.map((s) => [s.name, s.values]));
}

beforeAll(async () => {
  who = await seedDistrict();
});

describe('典型案例库 through the Worker', () => {
  it('stores the openpyxl workbook of template 2026.3 with its three cases and no warning', async () => {
    const reply = await call('POST', '/api/submissions?year=2026', {
      token: who.clerkQYQ.token,
      body: fixtureBytes('stamped-2026.xlsx'),
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.counts.caseLibrary).toBe(3);
    expect(r.warnings).toEqual([]);
  });

  it('warns, and still stores, a case citing a case number the workbook’s 一案一整改台账 lacks', async () => {
    const workbook = workbookOf(
      { rectification: sheetOf('rectification', [{}]), caseLibrary: sheetOf('caseLibrary', BZC_CASES) },
      TEMPLATE_VERSION,
    );
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      json: {
        year: 2026,
        templateVersion: TEMPLATE_VERSION,
        sheets: workbook.sheets,
        explanations: [{ sheet: caseLibrary.sheetName, row: 5, column: 'M', code: 'foreign-key', note: '外区案例' }],
      },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.counts).toEqual({ rectification: 1, activity: 0, inspection: 0, caseLibrary: 3 });
    expect(r.warnings.map((w) => [w.code, w.sheet, `${w.column}${w.row}`, w.header, w.note])).toEqual([
      ['foreign-key', '典型案例库', 'M5', '关联案件编号', '外区案例'],
    ]);
  });

  it('accepts a 2026.2 workbook, which has no 典型案例库, with the warning that names it', async () => {
    const workbook = workbookOf({ rectification: sheetOf('rectification', [{}]) }, '2026.2');
    const reply = await call('POST', '/api/validate', {
      token: who.clerkJZC.token,
      json: { year: 2026, templateVersion: '2026.2', sheets: workbook.sheets },
    });
    expect(reply.status).toBe(200);
    const messages = (reply.body as { ok: boolean; issues: { message: string }[] }).issues.map((i) => i.message);
    expect((reply.body as { ok: boolean }).ok).toBe(true);
    expect(messages).toEqual([expect.stringContaining('（含“典型案例库”表）')]);
  });

  it('exports its own sheet, its columns in 汇总 and its breakdown by 行业领域 and 违纪违法类型', async () => {
    const sheets = await exportedSheets(who.supervisorQX.token);
    const rows = sheets.get('典型案例库') ?? [];
    expect(rows[0]).toEqual([
      '填报单位',
      '单位编码',
      '所属乡镇（部门）',
      '版本',
      '提交时间',
      ...caseLibrary.columns.map((c) => c.header),
    ]);
    // Tree order: 七眼桥镇 before its village 本寨村.
    expect(rows.slice(1).map((r) => [r[1], r[6]])).toEqual([
      ['QYQ', '西典〔2026〕1号'],
      ['QYQ', '西典〔2026〕2号'],
      ['QYQ', '西典〔2026〕3号'],
      ['BZC', '西典〔2026〕1号'],
      ['BZC', '西典〔2026〕2号'],
      ['BZC', '西典〔2026〕3号'],
    ]);

    const summary = sheets.get('汇总') ?? [];
    const header = summary[2] ?? [];
    const figures = (first: CellValue) => {
      const row = summary.find((r) => r[0] === first || r[1] === first) ?? [];
      return ['典型案例数', '涉案人数', '用于警示教育场次'].map((h) => row[header.indexOf(h)]);
    };
    expect(figures('BZC')).toEqual([3, 7, 4]);
    expect(figures('QYQ')).toEqual([3, 6, 5]);
    expect(figures('七眼桥镇 小计')).toEqual([6, 13, 9]);
    expect(figures('清溪区 合计')).toEqual([6, 13, 9]);

    const tallies = sheets.get('分类统计') ?? [];
    const table = (title: string) => {
      const at = tallies.findIndex((r) => r[0] === title);
      const end = tallies.findIndex((r, i) => i > at && r[0] === '合计');
      return tallies.slice(at, end + 1).map((r) => r.slice(0, 4));
    };
    const bySector = table('行业领域（典型案例库）');
    expect(bySector[0]).toEqual(['行业领域（典型案例库）', '典型案例数', '涉案人数', '用于警示教育场次']);
    expect(tallies[2]?.[0]).toBe('行业领域（典型案例库）');
    expect(bySector.filter((r) => typeof r[1] === 'number' && r[1] > 0)).toEqual([
      ['教育', 2, 5, 0],
      ['农业农村', 1, 2, 3],
      ['村（社区）', 3, 6, 6],
      ['合计', 6, 13, 9],
    ]);
    expect(bySector.map((r) => r[0])).toEqual(['行业领域（典型案例库）', ...caseLibrary.columns[3].values, '合计']);
    const byViolation = table('违纪违法类型（典型案例库）');
    expect(byViolation.filter((r) => typeof r[1] === 'number' && r[1] > 0)).toEqual([
      ['贪污贿赂', 1, 3, 2],
      ['玩忽职守', 1, 1, 1],
      ['违反中央八项规定精神', 1, 1, 0],
      ['侵害群众利益', 3, 8, 6],
      ['合计', 6, 13, 9],
    ]);
  });

  it('narrows to a date range by 收录日期, in 汇总 and 分类统计 alike', async () => {
    const sheets = await exportedSheets(who.supervisorQX.token, '&from=2026-09-01&to=2026-12-31');
    expect((sheets.get('典型案例库') ?? []).slice(1).map((r) => [r[1], r[6]])).toEqual([
      ['QYQ', '西典〔2026〕2号'],
      ['QYQ', '西典〔2026〕3号'],
    ]);
    const tallies = sheets.get('分类统计') ?? [];
    const totals = tallies.filter((r) => r[0] === '合计').map((r) => r.slice(1, 4));
    expect(totals).toEqual([
      [2, 4, 2],
      [2, 4, 2],
    ]);
  });

  it('answers its sheet and the 分类统计 as CSV', async () => {
    for (const [sheet, first] of [
      ['caseLibrary', '填报单位'],
      ['tallies', '清溪区2026年台账分类统计'],
    ] as const) {
      const reply = await call('GET', `/api/export?year=2026&format=csv&sheet=${sheet}`, {
        token: who.supervisorQX.token,
      });
      expect(reply.status).toBe(200);
      expect(
        String(reply.body)
          .replace(/^\uFEFF/, '')
          .split(/[,\r\n]/)[0],
      ).toBe(first);
    }
  });
});
