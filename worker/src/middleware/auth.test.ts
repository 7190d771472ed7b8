import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, call, errorOf, type Reply, TEST_NOW } from '../../test/api.ts';
import { credential, seedDistrict } from '../../test/district.ts';

/** The instant `seconds` after TEST_NOW. */
const secondsLater = (seconds: number): string => new Date(Date.parse(TEST_NOW) + seconds * 1000).toISOString();

/** A request from the client address `ip`, with `Authorization: <authorization>` (or none), at `at`. */
function from(ip: string, authorization: string | null, at = TEST_NOW): Promise<Reply> {
  return call('GET', '/api/units', {
    token: null,
    at,
    headers: { 'CF-Connecting-IP': ip, ...(authorization === null ? {} : { Authorization: authorization }) },
  });
}

const bearer = (token: string): string => `Bearer ${token}`;

async function failTimes(ip: string, times: number, at = TEST_NOW): Promise<void> {
  for (let i = 0; i < times; i++) {
    const reply = await from(ip, bearer(`qf_wrong_${i}`), at);
    expect(reply.status, `failure ${i + 1} at ${at}`).toBe(401);
  }
}

function expectLimited(reply: Reply, retryAfter: number): void {
  expect(reply.status).toBe(429);
  expect(reply.headers.get('Retry-After')).toBe(String(retryAfter));
  expect(errorOf(reply)).toEqual({
    code: 'rate-limited',
    reason: 'too-many-failures',
    params: { minutes: 10, limit: 20, retryAfter },
    message: `认证失败次数过多（同一网络地址 10 分钟内 20 次），请 ${retryAfter} 秒后再试；有效凭证不受影响`,
  });
}

let clerk: string;
let revoked: string;
beforeAll(async () => {
  const who = await seedDistrict();
  clerk = who.clerkBZC.token;
  const gone = await credential('BZC', 'clerk');
  expect((await call('DELETE', `/api/admin/credentials/${gone.id}`)).status).toBe(200);
  revoked = gone.token;
});

describe('authentication', () => {
  it('answers exactly 20 failures per address with 401 and refuses the 21st, while valid credentials from that address are served', async () => {
    const ip = '203.0.113.7';
    await failTimes(ip, 18);
    expect((await from(ip, bearer(revoked))).status).toBe(401);
    // A request without a credential guesses nothing and is not counted.
    for (let i = 0; i < 3; i++) expect((await from(ip, null)).status).toBe(401);
    const malformed = await from(ip, 'Basic cWY6d3Jvbmc=');
    expect(malformed.status).toBe(401);
    expect(errorOf(malformed).code).toBe('unauthorized');
    // 20 failures: the limit is reached, not passed; valid credentials are served.
    expect((await from(ip, bearer(clerk))).status).toBe(200);
    expect((await from(ip, bearer(ADMIN))).status).toBe(200);

    expectLimited(await from(ip, bearer('qf_wrong_21')), 600);
    // Unknown, revoked and malformed all get the same answer past the limit.
    expectLimited(await from(ip, bearer(revoked)), 600);
    expectLimited(await from(ip, 'Basic cWY6d3Jvbmc='), 600);
    // Past the limit, valid credentials are still served.
    expect((await from(ip, bearer(clerk))).status).toBe(200);
    expect((await from(ip, bearer(ADMIN))).status).toBe(200);

    // Another address is unaffected.
    expect((await from('203.0.113.8', bearer('qf_wrong_0'))).status).toBe(401);
    expect((await from('203.0.113.8', bearer(clerk))).status).toBe(200);
  });

  it('counts failures over the last 10 minutes, sliding with the clock', async () => {
    const ip = '198.51.100.4';
    await failTimes(ip, 10);
    await failTimes(ip, 10, secondsLater(300));
    expectLimited(await from(ip, bearer('qf_wrong'), secondsLater(300)), 300);
    // Refused attempts are not counted: the earliest failures still leave at 10 minutes.
    expectLimited(await from(ip, bearer('qf_wrong'), secondsLater(599)), 1);
    // 10 minutes after the first ten, they no longer count: ten more are answered 401…
    await failTimes(ip, 10, secondsLater(600));
    // …and the eleventh waits for the second ten to leave, at 15 minutes.
    expectLimited(await from(ip, bearer('qf_wrong'), secondsLater(600)), 300);
    await failTimes(ip, 20, secondsLater(1200));
    expectLimited(await from(ip, bearer('qf_wrong'), secondsLater(1200)), 600);
  });

  it('refuses a credential once it is revoked', async () => {
    const issued = await credential('QYQ', 'supervisor');
    expect((await call('GET', '/api/units', { token: issued.token })).status).toBe(200);
    expect((await call('DELETE', `/api/admin/credentials/${issued.id}`)).status).toBe(200);
    const refused = await call('GET', '/api/units', { token: issued.token });
    expect(refused.status).toBe(401);
    expect(errorOf(refused)).toEqual({
      code: 'unauthorized',
      reason: 'credential-invalid',
      params: {},
      message: '访问凭证无效或已被吊销，请向管理员索取新凭证',
    });
  });
});
