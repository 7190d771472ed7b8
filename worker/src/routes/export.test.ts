import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CellValue, isoToExcelSerial, ledgers } from '#shared/index.ts';
import { TEST_TODAY } from '../../../tests/support/test-clock.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { call, errorOf, submitAs } from '../../test/api.ts';
import { credential, seedDistrict } from '../../test/district.ts';
import { submissionJson } from '../../test/workbooks.ts';
import type { RowCells } from '../../../tests/support/ledger-builder.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;

const cases: RowCells[] = [
  {
    序号: 1,
    案件编号: 'A-1',
    整改状态: '整改中',
    完成日期: null,
    整改时限: '2026-05-01',
    警示教育场次: 2,
    覆盖人次: 120,
  },
  { 序号: 2, 案件编号: 'A-2', 整改状态: '已完成', 完成日期: '2026-06-01', 整改时限: '2026-05-20' },
];

beforeAll(async () => {
  who = await seedDistrict();
  await submitAs(
    who.clerkBZC.token,
    submissionJson(
      [
        { 活动类别: '红廉教育', 参加人次: 45, 发放资料份数: 10 },
        { 活动类别: '理论学习', 活动主题: '=HYPERLINK("http://x","点我")', 参加人次: 30, 新闻报道条数: 2 },
      ],
      { caseRows: cases },
    ),
  );
  await submitAs(who.clerkQYQ.token, {
    ...submissionJson([
      { 活动类别: '红廉教育', 参加人次: 100, 活动日期: '2026-09-01' },
      { 活动类别: '理论学习', 参加人次: 0, 活动日期: '2026-09-02' },
    ]),
    explanations: [
      { sheet: '廉政教育活动台账', row: 4, column: 'G', code: 'suspicious-value', note: '线上学习，未统计人数' },
    ],
  });
  // 旧州村: version 1 counts; version 2 is returned, so the export falls back to version 1.
  await submitAs(who.clerkJZC.token, submissionJson([{ 活动类别: '家风教育', 参加人次: 7 }]));
  const returned = await submitAs(who.clerkJZC.token, submissionJson([{ 活动类别: '家风教育', 参加人次: 999 }]));
  await call('POST', `/api/submissions/${returned}/return`, {
    token: who.supervisorJZ.token,
    json: { reason: '数据有误' },
  });
});

async function workbook(token: string, query = '') {
  const reply = await call('GET', `/api/export?year=2026${query}`, { token });
  expect(reply.status).toBe(200);
  return reply;
}

async function exportedSheets(token: string, query = ''): Promise<Map<string, CellValue[][]>> {
  const { exports } = await import('cloudflare:workers');
  const response = await exports.default.fetch(
    new Request(`https://ledger.test/api/export?year=2026${query}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toContain('spreadsheetml');
  const book = await readXlsx(new Uint8Array(await response.arrayBuffer()));
  return new Map(book.sheets.map((s) => [s.name, s.values]));
}

const rowOf = (values: CellValue[][] | undefined, first: CellValue): CellValue[] | undefined =>
  values?.find((r) => r[0] === first || r[1] === first);

describe('GET /api/export', () => {
  it('writes the sheets in the spec’s order', async () => {
    const sheets = await exportedSheets(who.supervisorQX.token);
    expect([...sheets.keys()]).toEqual([
      '报告数据',
      '报告数据（分单位）',
      '汇总',
      '报送情况',
      '预警',
      '核实说明',
      '分类统计',
      ...ledgers.map((l) => l.sheetName),
    ]);
  });

  it('writes the ledger sheets into the package before the sheets of figures, which wait on the sums', async () => {
    const { exports } = await import('cloudflare:workers');
    const response = await exports.default.fetch(
      new Request('https://ledger.test/api/export?year=2026', {
        headers: { Authorization: `Bearer ${who.supervisorQX.token}` },
      }),
    );
    const parts = Object.keys(unzipSync(new Uint8Array(await response.arrayBuffer())));
    // sheetN is the Nth tab: 1–3 报告数据, 报告数据（分单位）, 汇总; 4 报送情况; 5 预警; 6 核实说明; 7 分类统计; 8… the ledgers.
    const sheets = parts.filter((p) => p.startsWith('xl/worksheets/')).map((p) => Number(/sheet(\d+)/.exec(p)?.[1]));
    const ledgerParts = ledgers.map((_, i) => 8 + i);
    expect(sheets).toEqual([4, 6, ...ledgerParts, 1, 2, 3, 5, 7]);
  });

  it('shows a unit that has not reported as 未报送, with no figures rather than zeros', async () => {
    const summary = (await exportedSheets(who.supervisorQX.token)).get('汇总');
    const header = summary?.[2] ?? [];
    const jyj = rowOf(summary, 'JYJ') ?? [];
    expect(jyj.slice(0, 5)).toEqual(['JYJ', '区教育局', '区直部门', '区教育局', '未报送']);
    expect(jyj.slice(header.indexOf('提交时间')).every((v) => v === null)).toBe(true);
    expect(rowOf(summary, 'BZC')?.[header.indexOf('案件数')]).toBe(2);
  });

  it('writes 提交时间 as a date-time on China’s clock, not as UTC text', async () => {
    const summary = (await exportedSheets(who.supervisorQX.token)).get('汇总');
    const header = summary?.[2] ?? [];
    // Submitted at TEST_NOW, 02:00 UTC: 10:00 in China the same day.
    const received = rowOf(summary, 'BZC')?.[header.indexOf('提交时间')];
    expect(typeof received).toBe('number');
    expect(Math.floor(Number(received))).toBe(isoToExcelSerial(TEST_TODAY));
    expect(Math.round((Number(received) % 1) * 24 * 60)).toBe(10 * 60);
    const activity = (await exportedSheets(who.supervisorQX.token)).get('廉政教育活动台账');
    expect(activity?.find((r) => r[1] === 'BZC')?.[4]).toBe(received);
  });

  it('lists the warnings the counted versions were accepted with, and the clerks’ 核实说明', async () => {
    const notes = (await exportedSheets(who.supervisorQX.token)).get('核实说明');
    expect(notes?.[2]).toEqual(['填报单位', '单位编码', '版本', '工作表', '单元格', '提醒', '核实说明']);
    const qyq = notes?.slice(3).filter((r) => r[1] === 'QYQ') ?? [];
    expect(qyq.map((r) => [r[0], r[2], r[3], r[4], r[6]])).toContainEqual([
      '七眼桥镇',
      1,
      '廉政教育活动台账',
      'G4',
      '线上学习，未统计人数',
    ]);
    // The sheet and cell have their own columns; the warning is worded without them.
    expect(qyq.find((r) => r[4] === 'G4')?.[5]).toBe('参加人次为 0，请核实');
  });

  it('counts per month in 报送情况 who owed a report, who sent one, late or not, and the 报送率', async () => {
    const status = (await exportedSheets(who.supervisorQX.token)).get('报送情况');
    const header = status?.[2] ?? [];
    const line = (label: string): CellValue[] => rowOf(status, label) ?? [];
    // The district itself does not report (the default for the root): it is 无需报送 and not owed.
    const listed = status?.slice(3).filter((r) => typeof r[0] === 'string') ?? [];
    expect(listed.find((r) => r[0] === 'QX')?.slice(2)).toEqual(Array.from({ length: 12 }, () => '无需报送'));
    const units = listed.filter((r) => r[2] !== '无需报送').length;
    expect(units).toBe(listed.length - 1);
    // October's deadline (5 November) has passed by 24 November; November's has not.
    const oct = header.indexOf('10月');
    const nov = header.indexOf('11月');
    expect(line('应报（单位数）')[oct]).toBe(units);
    const reported = Number(line('已报（单位数）')[oct]);
    expect(reported + Number(line('未报（单位数）')[oct])).toBe(units);
    expect(line('报送率')[oct]).toBeCloseTo(reported / units);
    expect(line('应报（单位数）')[nov]).toBeNull();
    expect(line('报送率')[nov]).toBeNull();
  });

  it('sums every unit, rolls townships up and totals the district in 汇总', async () => {
    const summary = (await exportedSheets(who.supervisorQX.token)).get('汇总');
    const header = summary?.[2] ?? [];
    const col = (name: string) => header.indexOf(name);
    const bzc = rowOf(summary, 'BZC');
    expect(bzc?.[col('红廉教育（次）')]).toBe(1);
    expect(bzc?.[col('参加人次')]).toBe(75);
    expect(bzc?.[col('案件数')]).toBe(2);
    expect(bzc?.[col('逾期未完成')]).toBe(1);
    expect(bzc?.[col('警示教育场次')]).toBe(3);
    expect(rowOf(summary, '七眼桥镇 小计')?.[col('参加人次')]).toBe(175);
    expect(rowOf(summary, '旧州镇 小计')?.[col('参加人次')]).toBe(7);
    expect(rowOf(summary, '清溪区 合计')?.[col('参加人次')]).toBe(182);
    expect(rowOf(summary, 'JYJ')?.[col('版本')]).toBe('未报送');
    expect(rowOf(summary, 'BZC')?.[col('版本')]).toBe('第1版');
    // The fallback is said where the unit appears, not made silently.
    expect(rowOf(summary, 'JZC')?.[col('版本')]).toBe('第1版（第2版已退回，待重报）');
  });

  it('fills the report sentences with the numbers', async () => {
    const report = (await exportedSheets(who.supervisorQX.token)).get('报告数据');
    const texts = report?.map((r) => r[1]) ?? [];
    expect(texts).toContain('开展“红廉教育”相关活动2次，累计覆盖区、乡、村三级干部145人次');
    expect(texts).toContain('共督促相关单位对2个案件开展“一案一整改”工作');
    // 理论学习 once by 本寨村 and once by 七眼桥镇.
    expect(rowOf(report, 1)?.[4]).toBe(2);
  });

  it('marks a figure of zeros instead of writing its sentence, and gives the report’s phrasing beside each number', async () => {
    const report = (await exportedSheets(who.supervisorQX.token)).get('报告数据');
    expect(report?.[2]).toEqual(['序号', '报告表述', '报告用语', '指标', '数值', '约数', '单位', '备注']);
    const test = report?.find((r) => r[3] === '廉政知识测试人数');
    expect([test?.[1], test?.[4], test?.[7]]).toEqual([null, 0, '本期无此项']);
    const red = report?.find((r) => r[3] === '红廉教育覆盖人次');
    expect([red?.[4], red?.[5], red?.[7]]).toEqual([145, '140余', null]);
    expect(report?.find((r) => r[3] === '红廉教育次数')?.[2]).toBe(
      '开展“红廉教育”相关活动2次，累计覆盖区、乡、村三级干部140余人次',
    );
    expect(report?.map((r) => r[1])).toContain('（一）理论学习与红廉教育');
  });

  it('breaks every figure down by the units directly below the scope, a township with its villages', async () => {
    const units = (await exportedSheets(who.supervisorQX.token)).get('报告数据（分单位）');
    const header = units?.[2] ?? [];
    const col = header.indexOf('红廉教育覆盖人次（人次）');
    expect(units?.slice(3).map((r) => [r[0], r[col]])).toEqual([
      ['七眼桥镇', 145],
      ['旧州镇', 0],
      ['区教育局', 0],
      ['合计', 145],
    ]);
    const township = (await exportedSheets(who.supervisorQYQ.token)).get('报告数据（分单位）');
    expect(township?.slice(3).map((r) => [r[0], r[col]])).toEqual([
      ['七眼桥镇（本级）', 100],
      ['本寨村', 45],
      ['合计', 145],
    ]);
  });

  it('lists the case alerts', async () => {
    const alerts = (await exportedSheets(who.supervisorQX.token)).get('预警');
    expect(alerts?.slice(3).map((r) => [r[0], r[5]])).toEqual([
      ['逾期未完成', 'A-1'],
      ['逾期完成', 'A-2'],
    ]);
  });

  it('writes clerk text as text, never as a formula', async () => {
    const activity = (await exportedSheets(who.supervisorQX.token)).get('廉政教育活动台账');
    const row = activity?.find((r) => typeof r[8] === 'string' && r[8].startsWith('=HYPERLINK'));
    expect(row?.slice(0, 3)).toEqual(['本寨村', 'BZC', '七眼桥镇']);
    const csv = await workbook(who.supervisorQX.token, '&format=csv&sheet=activity');
    expect(csv.headers.get('Content-Type')).toContain('text/csv');
    expect(String(csv.body)).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
  });

  it('writes dates in a CSV sheet as ISO dates, never as Excel serial numbers', async () => {
    const csv = String((await workbook(who.supervisorQX.token, '&format=csv&sheet=rectification')).body);
    const [header = [], ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    const cell = (caseNo: string, name: string) =>
      rows.find((r) => r[header.indexOf('案件编号')] === caseNo)?.[header.indexOf(name)];
    expect(cell('A-1', '整改时限')).toBe('2026-05-01');
    expect(cell('A-2', '整改时限')).toBe('2026-05-20');
    expect(cell('A-2', '完成日期')).toBe('2026-06-01');
    expect(cell('A-1', '完成日期')).toBe('');
    // The 预警 sheet's dates come through the same cells.
    const alerts = String((await workbook(who.supervisorQX.token, '&format=csv&sheet=alerts')).body);
    expect(alerts).toContain(',2026-05-01,');
    expect(alerts).not.toMatch(/,46\d{3}(,|\r)/);
  });

  it('shows a township supervisor only its township, and refuses another scope', async () => {
    const summary = (await exportedSheets(who.supervisorQYQ.token)).get('汇总');
    expect(summary?.slice(3).map((r) => r[0] ?? r[1])).toEqual(['QYQ', 'BZC', '七眼桥镇 合计']);
    const activity = (await exportedSheets(who.supervisorQYQ.token)).get('廉政教育活动台账');
    expect(new Set(activity?.slice(1).map((r) => r[1]))).toEqual(new Set(['BZC', 'QYQ']));
    const other = await call('GET', '/api/export?year=2026&scope=JZ', { token: who.supervisorQYQ.token });
    expect(other.status).toBe(404);
    expect(errorOf(other).code).toBe('not-found');
  });

  it('names a date range’s download after its range, so it does not overwrite the full year’s', async () => {
    const disposition =
      (await workbook(who.supervisorQX.token, '&from=2026-08-01&to=2026-11-30')).headers.get('Content-Disposition') ??
      '';
    expect(disposition).toContain('filename="qingfeng-summary-QX-2026-2026-08-01-to-2026-11-30.xlsx"');
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      '清溪区2026年廉政教育台账汇总-2026-08-01至2026-11-30.xlsx',
    );
  });

  it('narrows to a date range', async () => {
    const summary = (await exportedSheets(who.supervisorQX.token, '&from=2026-08-01&to=2026-12-31')).get('汇总');
    const header = summary?.[2] ?? [];
    expect(rowOf(summary, '清溪区 合计')?.[header.indexOf('参加人次')]).toBe(100);
  });

  it('names the download in UTF-8 with an ASCII fallback, whatever the unit is called', async () => {
    const name = `O'Brien "清风" 镇`;
    expect(
      (await call('POST', '/api/admin/units', { json: [{ code: 'OB-1', name, kind: 'district', parentCode: null }] }))
        .status,
    ).toBe(200);
    const supervisor = await credential('OB-1', 'supervisor');
    // RFC 6266/5987: a quoted plain-ASCII filename, then filename* of attr-chars and %XX only.
    const disposition = /^attachment; filename="([A-Za-z0-9._-]+)"; filename\*=UTF-8''([A-Za-z0-9!#$&+.^_`|~%-]+)$/;
    for (const [query, fallback, utf8] of [
      ['', 'qingfeng-summary-OB-1-2026.xlsx', `O'Brien _清风_ 镇2026年廉政教育台账汇总.xlsx`],
      [
        '&format=csv&sheet=status',
        'qingfeng-summary-OB-1-2026-status.csv',
        `O'Brien _清风_ 镇2026年廉政教育台账汇总-报送情况.csv`,
      ],
    ] as const) {
      const header = (await workbook(supervisor.token, query)).headers.get('Content-Disposition') ?? '';
      const m = disposition.exec(header);
      expect(m, header).not.toBeNull();
      expect(m?.[1]).toBe(fallback);
      expect(decodeURIComponent(m?.[2] ?? '')).toBe(utf8);
    }
  });

  it('refuses clerks', async () => {
    expect((await call('GET', '/api/export?year=2026', { token: who.clerkBZC.token })).status).toBe(403);
  });
});
