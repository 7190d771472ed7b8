import { exports } from 'cloudflare:workers';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf, submitAs } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;

beforeAll(async () => {
  who = await seedDistrict();
  await submitAs(
    who.clerkBZC.token,
    submissionJson([
      { 序号: 1, 活动类别: '家风教育', 地点或载体: '四知堂', 参加人次: 40, 活动日期: '2026-03-05' },
      { 序号: 2, 活动类别: '家风教育', 地点或载体: '村委会', 参加人次: 25, 活动日期: '2026-03-06' },
      { 序号: 3, 活动类别: '理论学习', 参加人次: 12, 活动日期: '2026-07-01' },
    ]),
  );
  await submitAs(
    who.clerkJZC.token,
    submissionJson([{ 序号: 1, 活动类别: '家风教育', 地点或载体: '清风馆', 参加人次: 9, 活动日期: '2026-04-01' }]),
  );
});

interface Run {
  text: string;
  bold: boolean;
}

/** The document's runs in order, read from word/document.xml. */
async function docxRuns(token: string, query: string): Promise<{ runs: Run[]; disposition: string | null }> {
  const response = await exports.default.fetch(
    new Request(`https://ledger.test/api/report.docx?${query}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const xml = strFromU8(
    unzipSync(new Uint8Array(await response.arrayBuffer()))['word/document.xml'] ?? new Uint8Array(),
  );
  const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map(([, r = '']) => ({
    text: [...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    bold: /<w:b\/>/.test(r),
  }));
  return { runs, disposition: response.headers.get('Content-Disposition') };
}

const textOf = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

describe('GET /api/report.docx', () => {
  it('words the township’s 数据稿 for 全镇 and counts only the visits to 四知堂, the numbers in bold', async () => {
    const { runs, disposition } = await docxRuns(who.supervisorQYQ.token, 'year=2026');
    const text = textOf(runs);
    expect(text).toContain('七眼桥镇2026年廉政教育工作情况（数据稿）');
    expect(text).toContain('2026年以来，全镇廉政教育工作数据如下');
    expect(text).toContain('1批次40名干部到“四知堂”参观学习。');
    expect(text).toContain('围绕宪法、监察法、政务处分法等开展学习1次。');
    expect(text).toContain('廉政知识测试人数：本期无此项。');
    expect(text).not.toContain('旧州');
    for (const h of [
      '（一）理论学习与红廉教育',
      '（二）家风家教',
      '（三）警示教育',
      '（四）监督检查与一案一整改',
      '附件',
    ])
      expect(text).toContain(h);
    expect(runs.filter((r) => r.bold).map((r) => r.text)).toEqual(expect.arrayContaining(['1', '40']));
    expect(runs.find((r) => r.text === '批次')?.bold).toBe(false);
    expect(disposition).toContain(encodeURIComponent('七眼桥镇2026年廉政教育工作情况（数据稿）.docx'));
  });

  it('narrows to a range and says so in the lead and the file name', async () => {
    const { runs, disposition } = await docxRuns(who.supervisorQYQ.token, 'year=2026&from=2026-07-01&to=2026-07-31');
    const text = textOf(runs);
    expect(text).toContain('2026年7月，全镇廉政教育工作数据如下');
    expect(text).toContain('家风家训馆参观批次、家风家训馆参观人次：本期无此项。');
    expect(disposition).toContain('qingfeng-report-QYQ-2026-2026-07-01-2026-07-31.docx');
  });

  it('refuses bad parameters and scopes outside the caller’s, in Chinese', async () => {
    const bad = await call('GET', '/api/report.docx?year=abc', { token: who.supervisorQYQ.token });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toContain('year');
    const order = await call('GET', '/api/report.docx?year=2026&from=2026-05-01&to=2026-04-01', {
      token: who.supervisorQYQ.token,
    });
    expect({ status: order.status, message: errorOf(order).message }).toEqual({
      status: 400,
      message: expect.stringContaining('开始日期不能晚于结束日期'),
    });
    const foreign = await call('GET', '/api/report.docx?year=2026&scope=JZ', { token: who.supervisorQYQ.token });
    expect({ status: foreign.status, code: errorOf(foreign).code }).toEqual({ status: 404, code: 'not-found' });
    const clerk = await call('GET', '/api/report.docx?year=2026', { token: who.clerkBZC.token });
    expect(clerk.status).toBe(403);
  });

  it('uses the admin’s settings: the commission’s name and founding, and the 家风家训馆', async () => {
    const saved = await call('PUT', '/api/admin/settings', {
      json: { commissionName: '清溪区监察委员会', foundedMonth: '2018-03', familyHall: '清风馆' },
    });
    expect(saved.status).toBe(200);
    const { runs } = await docxRuns(who.supervisorQX.token, 'year=2026');
    const text = textOf(runs);
    expect(text).toContain('清溪区监察委员会2026年廉政教育工作情况（数据稿）');
    expect(text).toContain('清溪区监察委员会自2018年3月成立以来，2026年以来，全区廉政教育工作数据如下');
    expect(text).toContain('1批次9名干部到“清风馆”参观学习。');
    expect(text).toContain('区级主流媒体围绕全区廉政教育工作播发');
  });
});

describe('GET/PUT /api/admin/settings', () => {
  it('changes only the fields given and refuses a malformed one with the field named', async () => {
    const before = await call('GET', '/api/admin/settings');
    expect(before.status).toBe(200);
    const changed = await call('PUT', '/api/admin/settings', { json: { foundedMonth: null } });
    expect(changed.body).toEqual({ ...(before.body as object), foundedMonth: null });
    const bad = await call('PUT', '/api/admin/settings', { json: { foundedMonth: '2018-13', familyHall: '' } });
    expect(bad.status).toBe(400);
    expect(errorOf(bad).message).toMatch(/foundedMonth：成立年月应写作 YYYY-MM.*familyHall/);
    const unknown = await call('PUT', '/api/admin/settings', { json: { name: 'x' } });
    expect(unknown.status).toBe(400);
    expect((await call('GET', '/api/admin/settings')).body).toEqual(changed.body);
  });
});
