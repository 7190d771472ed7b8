import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';
import { PAGE_ROWS } from '../db/consolidation.ts';

let supervisor: string;
const BIG = PAGE_ROWS * 2 + 37;

beforeAll(async () => {
  const who = await seedDistrict();
  supervisor = who.supervisorQX.token;
  for (const [token, rows] of [
    [who.clerkBZC.token, 3],
    [who.clerkQYQ.token, BIG],
    [who.clerkJZC.token, 5],
  ] as const) {
    const reply = await call('POST', '/api/submissions', { token, json: submissionJson(activityRows(rows)) });
    if (reply.status !== 201) throw new Error(JSON.stringify(reply.body));
  }
});

describe('ledger sheets of the consolidated workbook', () => {
  it('hold every row of every unit once, in unit order, across pages', async () => {
    const response = await exports.default.fetch(
      new Request('https://ledger.test/api/export?year=2026', { headers: { Authorization: `Bearer ${supervisor}` } }),
    );
    const sheet = (await readXlsx(new Uint8Array(await response.arrayBuffer()))).sheets.find(
      (s) => s.name === '廉政教育活动台账',
    );
    const rows = sheet?.values.slice(1) ?? [];
    expect(rows).toHaveLength(3 + BIG + 5);
    // Tree order in the order units were registered: 七眼桥镇 (QYQ), its village 本寨村, then 旧州镇's village.
    expect(rows.map((r) => r[1]).filter((c, i, all) => c !== all[i - 1])).toEqual(['QYQ', 'BZC', 'JZC']);
    const seqs = rows.filter((r) => r[1] === 'QYQ').map((r) => r[5]);
    expect(seqs).toEqual(Array.from({ length: BIG }, (_, i) => i + 1));
  });
});
