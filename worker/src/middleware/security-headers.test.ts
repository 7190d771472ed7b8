import { beforeAll, describe, expect, it } from 'vitest';
import { call, type Reply } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

const security = (reply: Reply) => ({
  nosniff: reply.headers.get('X-Content-Type-Options'),
  referrer: reply.headers.get('Referrer-Policy'),
  cache: reply.headers.get('Cache-Control'),
});
const API = { nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin', cache: 'no-store' };

describe('security headers on the Worker’s answers', () => {
  it('marks every /api answer nosniff, no-store, with a referrer policy — refusals and downloads included', async () => {
    const answers = [
      await call('GET', '/api/health', { token: null }),
      await call('GET', '/api/openapi.json', { token: null }),
      await call('GET', '/api/template.xlsx?year=2026', { token: null }),
      await call('GET', '/api/units', { token: null }),
      await call('GET', '/api/units', { token: 'qf_wrong' }),
      await call('GET', '/api/nope'),
      await call('GET', '/api/submissions?limit=0'),
      await call('GET', '/api/me', { token: who.clerkBZC.token }),
      await call('GET', '/api/export?year=2026&format=csv&sheet=summary', { token: who.supervisorQX.token }),
      await call('OPTIONS', '/api/submissions', {
        token: null,
        headers: { Origin: 'https://pane.example', 'Access-Control-Request-Method': 'POST' },
      }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 401, 401, 404, 400, 200, 200, 204]);
    for (const answer of answers) expect(security(answer)).toEqual(API);
  });

  it('marks the Worker’s other answers nosniff with a referrer policy', async () => {
    for (const answer of [
      await call('GET', '/', { token: null }),
      await call('GET', '/no-such-page', { token: null }),
    ]) {
      expect(security(answer)).toMatchObject({ nosniff: 'nosniff', referrer: 'strict-origin-when-cross-origin' });
    }
  });
});
