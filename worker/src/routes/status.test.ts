import { beforeAll, describe, expect, it } from 'vitest';
import { type MonthStatus, statusMatrix } from '#shared/api/schemas.ts';
import { bodyOf, call } from '../../test/api.ts';
import { credential, seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

/**
 * The completeness rule through the real route, on fixed days: submissions are made at set
 * instants (the Worker stamps them with its clock) and the matrix is asked for at set instants.
 * A month M is due on the 5th of M+1 (China date) unless the admin set another day.
 */
let district: Awaited<ReturnType<typeof seedDistrict>>;
let clerkJYJ: { token: string };
beforeAll(async () => {
  district = await seedDistrict();
  clerkJYJ = await credential('JYJ', 'clerk');
});

async function submitAt(token: string, at: string, year = 2026): Promise<void> {
  const reply = await call('POST', '/api/submissions', {
    token,
    at,
    json: submissionJson(activityRows(1, 0, year), { year }),
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  expect((reply.body as { receivedAt: string }).receivedAt).toBe(new Date(at).toISOString());
}

/** One unit's months as the district supervisor sees them at `at`. */
async function monthsAt(
  unit: string,
  at: string,
  year?: number,
): Promise<{ year: number; months: Record<string, MonthStatus> }> {
  const reply = await call('GET', `/api/status${year === undefined ? '' : `?year=${year}`}`, {
    token: district.supervisorQX.token,
    at,
  });
  const matrix = bodyOf(reply, statusMatrix);
  const row = matrix.units.find((u) => u.code === unit);
  if (!row) throw new Error(`no ${unit} in the matrix`);
  return { year: matrix.year, months: row.months };
}

const brief = (s: MonthStatus | undefined) => (s ? { status: s.status, due: s.due, deadline: s.deadline } : undefined);

describe('GET /api/status on fixed days', () => {
  it('the 1st: a submission counts for the month before, which is not yet overdue', async () => {
    await submitAt(district.clerkJZC.token, '2026-12-01T02:00:00Z');
    const { months } = await monthsAt('JZC', '2026-12-01T02:00:00Z', 2026);
    expect(brief(months[11])).toEqual({ status: '已报送', due: false, deadline: '2026-12-05' });
    expect(brief(months[12])).toEqual({ status: '未报送', due: false, deadline: '2027-01-05' });
  });

  it('the 5th: on time until midnight in China, and the deadline day itself is not overdue', async () => {
    await submitAt(district.clerkBZC.token, '2026-12-05T15:59:59Z');
    const { months } = await monthsAt('BZC', '2026-12-05T15:59:59Z', 2026);
    expect(brief(months[11])).toEqual({ status: '已报送', due: false, deadline: '2026-12-05' });
    // A unit that sent nothing is owing, not yet overdue, on the deadline day.
    expect(brief((await monthsAt('JYJ', '2026-12-05T15:59:59Z', 2026)).months[11])).toEqual({
      status: '未报送',
      due: false,
      deadline: '2026-12-05',
    });
  });

  it('the 6th: a first submission is late for the month before and on time for this one', async () => {
    await submitAt(district.clerkQYQ.token, '2026-12-05T16:00:00Z');
    const { months } = await monthsAt('QYQ', '2026-12-05T16:00:00Z', 2026);
    expect(brief(months[11])).toEqual({ status: '逾期报送', due: true, deadline: '2026-12-05' });
    expect(brief(months[12])).toEqual({ status: '已报送', due: false, deadline: '2027-01-05' });
    expect(brief((await monthsAt('JYJ', '2026-12-05T16:00:00Z', 2026)).months[11])).toEqual({
      status: '未报送',
      due: true,
      deadline: '2026-12-05',
    });
  });

  it('the last day of a month counts for that month', async () => {
    await submitAt(clerkJYJ.token, '2026-11-30T15:59:59Z');
    const { months } = await monthsAt('JYJ', '2026-11-30T15:59:59Z', 2026);
    expect(brief(months[11])).toEqual({ status: '已报送', due: false, deadline: '2026-12-05' });
    expect(brief(months[10])).toMatchObject({ status: '逾期报送', due: true });
  });

  it('31 December → 1 January: December is reported into January, and "this year" turns', async () => {
    // 00:30 on 1 January 2027 in China; the 2026 ledger still counts for December 2026.
    await submitAt(district.clerkJZC.token, '2026-12-31T16:30:00Z');
    const at = await monthsAt('JZC', '2026-12-31T16:30:00Z');
    expect(at.year).toBe(2027);
    const december = await monthsAt('JZC', '2027-01-06T02:00:00Z', 2026);
    expect(brief(december.months[12])).toEqual({ status: '已报送', due: true, deadline: '2027-01-05' });
    // 本寨村's 5 December submission fell in November's window; December stays owing.
    expect(brief((await monthsAt('BZC', '2027-01-06T02:00:00Z', 2026)).months[12])).toEqual({
      status: '未报送',
      due: true,
      deadline: '2027-01-05',
    });
  });

  it('29 February of a leap year, with February due that day by the admin’s override', async () => {
    const set = await call('PUT', '/api/admin/deadlines', { json: { year: 2028, month: 2, dueDate: '2028-02-29' } });
    expect(set.status).toBe(200);
    await submitAt(district.clerkBZC.token, '2028-02-29T15:00:00Z', 2028);
    const onTheDay = await monthsAt('BZC', '2028-02-29T15:00:00Z', 2028);
    expect(brief(onTheDay.months[2])).toEqual({ status: '已报送', due: false, deadline: '2028-02-29' });
    // 00:00 on 1 March in China: late for February under the override (by default it would be due 5 March),
    // and March opens the day after the override.
    await submitAt(district.clerkJZC.token, '2028-02-29T16:00:00Z', 2028);
    const next = await monthsAt('JZC', '2028-02-29T16:00:00Z', 2028);
    expect(brief(next.months[2])).toEqual({ status: '逾期报送', due: true, deadline: '2028-02-29' });
    expect(brief(next.months[3])).toEqual({ status: '已报送', due: false, deadline: '2028-04-05' });
    // January keeps its default deadline, 5 February.
    expect(brief(next.months[1])).toEqual({ status: '逾期报送', due: true, deadline: '2028-02-05' });
  });
});

describe('GET /api/status after a return', () => {
  it('changes only the months the returned version decided', async () => {
    // 区教育局's 2027 ledger, apart from the 2026 days above.
    const clerk = clerkJYJ.token;
    await submitAt(clerk, '2027-02-03T02:00:00Z', 2027);
    const returned = await call('POST', '/api/submissions', {
      token: clerk,
      at: '2027-02-20T02:00:00Z',
      json: submissionJson(activityRows(2, 0, 2027), { year: 2027 }),
    });
    expect(returned.status).toBe(201);
    const id = (returned.body as { submissionId: string }).submissionId;
    expect(
      (
        await call('POST', `/api/submissions/${id}/return`, {
          token: district.supervisorQX.token,
          at: '2027-02-21T02:00:00Z',
          json: { reason: '请补充' },
        })
      ).status,
    ).toBe(200);
    const { months } = await monthsAt('JYJ', '2027-02-22T02:00:00Z', 2027);
    // Version 1 (3 Feb) decided January; version 2 (20 Feb) was February's first and is returned.
    expect(brief(months[1])).toEqual({ status: '已报送', due: true, deadline: '2027-02-05' });
    expect(brief(months[2])).toEqual({ status: '已退回', due: false, deadline: '2027-03-05' });
    // A resubmission after February's deadline decides it, late; January keeps version 1.
    await submitAt(clerk, '2027-03-06T02:00:00Z', 2027);
    const after = await monthsAt('JYJ', '2027-03-06T02:00:00Z', 2027);
    expect(brief(after.months[1])).toMatchObject({ status: '已报送' });
    expect(after.months[2]).toMatchObject({ status: '逾期报送', version: 3 });
  });
});
