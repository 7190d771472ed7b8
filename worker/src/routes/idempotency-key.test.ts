import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const submitWithKey = (key: string, rows: number) =>
  call('POST', '/api/submissions', {
    token: who.clerkBZC.token,
    json: submissionJson(activityRows(rows)),
    headers: { 'Idempotency-Key': key },
  });

describe('Idempotency-Key', () => {
  it('takes a key of 200 characters', async () => {
    expect((await submitWithKey('k'.repeat(200), 1)).status).toBe(201);
  });

  it.each([
    ['201 characters', 'k'.repeat(201)],
    ['only spaces', '   '],
  ])('refuses a key of %s with 400 and the rule in Chinese', async (_, key) => {
    const reply = await submitWithKey(key, 2);
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toEqual({
      code: 'bad-request',
      reason: 'idempotency-key-invalid',
      params: {},
      message: 'Idempotency-Key 应为 1 到 200 个字符',
    });
  });
});
