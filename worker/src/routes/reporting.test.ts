import { beforeAll, describe, expect, it } from 'vitest';
import { history, submissionReceipt, whoami } from '#shared/api/schemas.ts';
import { bodyOf, call } from '../../test/api.ts';
import { credential, seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

/**
 * The months a clerk's receipt and landing page name, through the real routes on fixed days: the
 * same rule as the matrix (GET /api/status), so the clerk is told what the supervisor will see.
 * A month M is due on the 5th of M+1 (China date); the 6th opens the next month's window.
 */
let district: Awaited<ReturnType<typeof seedDistrict>>;
let clerkJYJ: { token: string };
beforeAll(async () => {
  district = await seedDistrict();
  clerkJYJ = await credential('JYJ', 'clerk');
});

async function submitAt(token: string, at: string, year = 2026) {
  const reply = await call('POST', '/api/submissions', {
    token,
    at,
    json: submissionJson(activityRows(1, 0, year), { year }),
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return bodyOf(reply, submissionReceipt);
}

const nextDeadlineAt = async (token: string, at: string) =>
  bodyOf(await call('GET', '/api/me', { token, at }), whoami).nextDeadline;

describe('the months a submission counts for', () => {
  it('the 5th, last second in China: November, on time; on the 6th a unit that missed it reports it late', async () => {
    // 旧州村 reported October on time, then sends November's on its deadline's last second.
    await submitAt(district.clerkJZC.token, '2026-11-03T02:00:00Z');
    const fifth = await submitAt(district.clerkJZC.token, '2026-12-05T15:59:59Z');
    expect(fifth.reporting).toEqual({
      current: { year: 2026, month: 11, deadline: '2026-12-05', status: '已报送', version: 2, daysLate: 0 },
      makeUp: [],
    });
    // 本寨村 also reported October, and nothing until the first second of the 6th in China.
    await submitAt(district.clerkBZC.token, '2026-11-03T02:00:00Z');
    const sixth = await submitAt(district.clerkBZC.token, '2026-12-05T16:00:00Z');
    expect(sixth.reporting).toEqual({
      current: { year: 2026, month: 12, deadline: '2027-01-05', status: '已报送', version: 2, daysLate: 0 },
      makeUp: [{ year: 2026, month: 11, deadline: '2026-12-05', status: '逾期报送', version: 2, daysLate: 1 }],
    });
  });

  it('a second version in the same window changes no month: the receipt names the version that decided it', async () => {
    await submitAt(clerkJYJ.token, '2026-11-20T02:00:00Z');
    const again = await submitAt(clerkJYJ.token, '2026-11-24T02:00:00Z');
    expect(again.reporting).toEqual({
      current: { year: 2026, month: 11, deadline: '2026-12-05', status: '已报送', version: 1, daysLate: 0 },
      makeUp: [],
    });
  });

  it('a first submission of the year reports every month still owing, the earlier ones late', async () => {
    const first = await submitAt(district.clerkQYQ.token, '2026-03-10T02:00:00Z');
    expect(first.reporting?.current).toMatchObject({ month: 3, deadline: '2026-04-05', status: '已报送' });
    expect(first.reporting?.makeUp.map((m) => [m.month, m.daysLate])).toEqual([
      [1, 33],
      [2, 5],
    ]);
  });

  it('last year’s ledger after its December was due counts for no month of its window', async () => {
    const late = await submitAt(district.clerkQYQ.token, '2026-03-11T02:00:00Z', 2025);
    expect(late.reporting?.current).toBeNull();
    expect(late.reporting?.makeUp.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(late.reporting?.makeUp[11]).toMatchObject({ deadline: '2026-01-05', daysLate: 65 });
  });
});

describe('GET /api/me: the clerk’s next deadline', () => {
  it('is due today on the 5th, and on the 6th it is the next month’s', async () => {
    expect(await nextDeadlineAt(district.clerkJZC.token, '2026-12-05T15:59:59Z')).toEqual({
      year: 2026,
      month: 11,
      deadline: '2026-12-05',
      status: '已报送',
      version: 2,
      daysLate: 0,
      daysLeft: 0,
      returnedLater: null,
    });
    expect(await nextDeadlineAt(district.clerkJZC.token, '2026-12-05T16:00:00Z')).toMatchObject({
      month: 12,
      deadline: '2027-01-05',
      // Its version of the 5th counts for November only: December's window opens on the 6th.
      status: '未报送',
      daysLeft: 30,
    });
  });

  it('early in January is last year’s December, until its deadline', async () => {
    expect(await nextDeadlineAt(clerkJYJ.token, '2027-01-03T02:00:00Z')).toMatchObject({
      year: 2026,
      month: 12,
      deadline: '2027-01-05',
      status: '未报送',
      daysLeft: 2,
    });
    expect(await nextDeadlineAt(clerkJYJ.token, '2027-01-06T02:00:00Z')).toMatchObject({
      year: 2027,
      month: 1,
      deadline: '2027-02-05',
      status: '未报送',
      daysLeft: 30,
    });
  });

  it('names a newer version that was returned while an older one still reports the month', async () => {
    // 区教育局 sent versions 1 and 2 in November's window (above); the district returns version 2.
    const listed = await call('GET', '/api/submissions?unit=JYJ&year=2026', { token: district.supervisorQX.token });
    const newest = bodyOf(listed, history).submissions.find((s) => s.version === 2);
    const returned = await call('POST', `/api/submissions/${newest?.submissionId}/return`, {
      token: district.supervisorQX.token,
      at: '2026-11-25T02:00:00Z',
      json: { reason: '活动日期有误' },
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(await nextDeadlineAt(clerkJYJ.token, '2026-11-26T02:00:00Z')).toMatchObject({
      month: 11,
      status: '已报送',
      version: 1,
      returnedLater: 2,
    });
    // December's window holds neither version: nothing returned is pending there.
    expect(await nextDeadlineAt(clerkJYJ.token, '2026-12-06T02:00:00Z')).toMatchObject({
      month: 12,
      status: '未报送',
      returnedLater: null,
    });
  });

  it('is null for a supervisor, who does not submit', async () => {
    expect(await nextDeadlineAt(district.supervisorQYQ.token, '2026-12-01T02:00:00Z')).toBeNull();
  });
});
