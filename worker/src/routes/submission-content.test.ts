import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { receipt, submissionDiff, submissionRows } from '#shared/api/schemas.ts';
import { activity } from '#shared/index.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, fixtureBytes, submissionJson } from '../../test/workbooks.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { sha256Hex } from '../auth/token.ts';

/** 查看内容 of 报送历史: every row of a version's ledger a page at a time, the file it came as, and the diff by 案件编号. */
let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const rowsOf = (id: string, query: string, token = who.supervisorQYQ.token) =>
  call('GET', `/api/submissions/${id}/rows?${query}`, { token });

describe('GET /api/submissions/{id}/rows', () => {
  it('pages a ledger’s rows in sheet order, each with every column of the definition', async () => {
    const r = bodyOf(
      await call('POST', '/api/submissions', { token: who.clerkBZC.token, json: submissionJson(activityRows(5)) }),
      receipt,
    );
    const first = bodyOf(await rowsOf(r.submissionId, 'ledger=activity&limit=2'), submissionRows);
    expect(first).toMatchObject({ submissionId: r.submissionId, version: 1, ledger: 'activity', total: 5 });
    expect(first.rows.map((row) => row.row)).toEqual([3, 4]);
    expect(Object.keys(first.rows[0]?.data ?? {}).sort()).toEqual(activity.columns.map((c) => c.key).sort());
    const pages = [first];
    for (let next = first.next; next !== null; ) {
      const page = bodyOf(await rowsOf(r.submissionId, `ledger=activity&limit=2&cursor=${next}`), submissionRows);
      pages.push(page);
      next = page.next;
    }
    expect(pages.flatMap((p) => p.rows.map((row) => row.data.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(pages.map((p) => p.rows.length)).toEqual([2, 2, 1]);
    // A ledger the version has no rows of is an empty page, not an error.
    expect(bodyOf(await rowsOf(r.submissionId, 'ledger=inspection'), submissionRows)).toMatchObject({
      total: 0,
      rows: [],
      next: null,
    });
  });

  it('refuses an unknown ledger, a page too large and a cursor no page gave, in Chinese', async () => {
    const id = bodyOf(
      await call('POST', '/api/submissions', { token: who.clerkQYQ.token, json: submissionJson(activityRows(1)) }),
      receipt,
    ).submissionId;
    for (const query of ['ledger=cases', 'ledger=activity&limit=201', 'ledger=activity&cursor=abc']) {
      const reply = await rowsOf(id, query);
      expect(reply.status, query).toBe(400);
      expect(errorOf(reply).message, query).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('GET /api/submissions/{id}/file', () => {
  it('answers the uploaded .xlsx byte for byte, named for the unit, year and version', async () => {
    const bytes = fixtureBytes('sample-messy-valid.xlsx');
    const sent = await call('POST', '/api/submissions?year=2026', {
      token: who.clerkJZC.token,
      body: bytes,
      headers: { 'Content-Type': XLSX_TYPE },
    });
    const r = bodyOf(sent, receipt);
    const response = await fetch(`/api/submissions/${r.submissionId}/file`, who.supervisorJZ.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(XLSX_TYPE);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="qingfeng-JZC-2026-v1.xlsx"; filename*=UTF-8''${encodeURIComponent('旧州村-2026年台账-第1版.xlsx')}`,
    );
    const got = new Uint8Array(await response.arrayBuffer());
    expect(await sha256Hex(got)).toBe(r.sha256);
    expect((await readXlsx(got)).sheets.length).toBeGreaterThan(0);
    // Outside the caller's scope: 404, as for an id that does not exist, and never the bytes.
    const outside = await call('GET', `/api/submissions/${r.submissionId}/file`, { token: who.supervisorQYQ.token });
    expect({ status: outside.status, code: errorOf(outside).code }).toEqual({ status: 404, code: 'not-found' });
  });

  it('says a version sent as data from the task pane has no file', async () => {
    const r = bodyOf(
      await call('POST', '/api/submissions', { token: who.clerkBZC.token, json: submissionJson(activityRows(6)) }),
      receipt,
    );
    const reply = await call('GET', `/api/submissions/${r.submissionId}/file`, { token: who.supervisorQYQ.token });
    expect(reply.status).toBe(404);
    expect(errorOf(reply).message).toBe(`第 ${r.version} 版是在 Excel 加载项中以数据报送的，没有上传文件`);
  });
});

describe('GET /api/submissions/{id}/diff', () => {
  const cases = (numbers: readonly string[], status: Record<string, string> = {}) =>
    numbers.map((caseNo, i) => ({
      序号: i + 1,
      案件编号: caseNo,
      ...(status[caseNo] ? { 整改状态: status[caseNo], 完成日期: null } : {}),
    }));

  it('matches cases by 案件编号: a case removed from the middle leaves the rest moved, not changed', async () => {
    const token = who.clerkQYQ.token;
    const body = (caseRows: ReturnType<typeof cases>) =>
      submissionJson(activityRows(3, 0, 2025), { year: 2025, caseRows });
    const submit = async (caseRows: ReturnType<typeof cases>, fewerRowsThan?: number) => {
      const reply = await call('POST', `/api/submissions${fewerRowsThan ? `?fewerRowsThan=${fewerRowsThan}` : ''}`, {
        token,
        json: body(caseRows),
      });
      return bodyOf(reply, receipt);
    };
    const v1 = await submit(cases(['案1', '案2', '案3', '案4']));
    const v2 = await submit(cases(['案1', '案3', '案4'], { 案4: '整改中' }), v1.version);
    const diff = bodyOf(await call('GET', `/api/submissions/${v2.submissionId}/diff`, { token }), submissionDiff);
    const d = diff.ledgers.rectification;
    expect(d?.matchedBy).toBe('caseNo');
    expect(d?.removed.map((r) => r.data.caseNo)).toEqual(['案2']);
    expect(d?.moved.map((r) => [r.data.caseNo, r.previousSeq, r.seq])).toEqual([['案3', 3, 2]]);
    expect(d?.changed.map((r) => [r.after.caseNo, r.previousSeq, r.seq, r.fields])).toEqual([
      ['案4', 4, 3, ['status', 'completedDate']],
    ]);
    expect(d?.added).toEqual([]);
  });
});

function fetch(path: string, token: string): Promise<Response> {
  return exports.default.fetch(
    new Request(`https://ledger.test${path}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
}
