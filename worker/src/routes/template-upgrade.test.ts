import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { receipt } from '#shared/api/schemas.ts';
import { activity, type CellValue } from '#shared/index.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { sheetOf } from '../../../tests/support/ledger-builder.ts';
import { bodyOf, call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const HEADERS_2026_1 = activity.columns.map((c) => c.header).filter((h) => h !== '上级媒体采用条数');

async function exportedSheets(token: string): Promise<Map<string, CellValue[][]>> {
  const { exports } = await import('cloudflare:workers');
  const response = await exports.default.fetch(
    new Request('https://ledger.test/api/export?year=2026', { headers: { Authorization: `Bearer ${token}` } }),
  );
  expect(response.status).toBe(200);
  return new Map((await readXlsx(new Uint8Array(await response.arrayBuffer()))).sheets.map((s) => [s.name, s.values]));
}

describe('template 2026.2 beside 2026.1', () => {
  it('accepts a 2026.1 workbook with the upgrade warning, and stores its rows with 上级媒体采用条数 as 0', async () => {
    const sheets = { [activity.sheetName]: sheetOf('activity', [{ 新闻报道条数: 3 }], { headers: HEADERS_2026_1 }) };
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkJZC.token,
      json: { year: 2026, templateVersion: '2026.1', sheets },
    });
    expect(reply.status).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.warnings.map((w) => [w.code, w.rule, w.params])).toEqual([
      [
        'template-version',
        'upgradable',
        {
          found: '2026.1',
          current: '2026.3',
          columns: '上级媒体采用条数',
          values: '活动类别：通报曝光',
          sheets: '典型案例库',
        },
      ],
    ]);
    const stored = await env.DB.prepare(
      `SELECT json_extract(data, '$.adoptedReports') AS adopted FROM ledger_rows WHERE submission_id = ?1`,
    )
      .bind(r.submissionId)
      .first<{ adopted: number }>();
    expect(stored?.adopted).toBe(0);
  });

  it('counts the new column and category in 汇总 and the report sentences', async () => {
    const json = submissionJson([
      { 活动类别: '廉政提醒', 参加人次: 3200, 新闻报道条数: 2, 上级媒体采用条数: 1 },
      {
        活动类别: '通报曝光',
        活动主题: '通报曝光第一批典型问题',
        参加人次: 5,
        新闻报道条数: 1,
        上级媒体采用条数: '2条',
      },
      { 活动类别: '通报曝光', 活动主题: '通报曝光第二批典型问题', 参加人次: 3, 新闻报道条数: 0 },
    ]);
    expect((await call('POST', '/api/submissions', { token: who.clerkBZC.token, json })).status).toBe(201);
    const sheets = await exportedSheets(who.supervisorQX.token);
    const texts = sheets.get('报告数据')?.map((r) => r[1]) ?? [];
    // 旧州村's 3 district-media reports count in the media sentence, not in the 廉政提醒 one.
    expect(texts).toContain('编发廉政提醒信息1次覆盖全区监察对象3200人，播发相关新闻报道2条');
    expect(texts).toContain('区级主流媒体围绕全区廉政教育工作播发、刊载新闻信息6条');
    expect(texts).toContain('“学习强国”、新华网、人民网等各级主流媒体采用3条（次）');
    expect(texts).toContain('通报曝光典型案例2批8人');
    const summary = sheets.get('汇总') ?? [];
    const header = summary[2] ?? [];
    const total = summary.find((row) => row[1] === '清溪区 合计');
    expect(total?.[header.indexOf('通报曝光（次）')]).toBe(2);
    expect(total?.[header.indexOf('上级媒体采用条数')]).toBe(3);
    expect(total?.[header.indexOf('新闻报道条数')]).toBe(6);
  });
});
