import { describe, expect, it } from 'vitest';
import { ApiCallError, apiUrl, createApiClient } from './client.ts';

const answer =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<ApiCallError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiCallError)) throw new Error(`expected ApiCallError, got ${String(error)}`);
  return error;
}

describe('the API client', () => {
  it('builds URLs under /api and drops empty query values', () => {
    expect(apiUrl('https://x.test/addin/taskpane.html', '/export', { year: 2026, scope: undefined, from: '' })).toBe(
      'https://x.test/api/export?year=2026',
    );
  });

  it('sends the bearer token and the idempotency key', async () => {
    const seen: Request[] = [];
    const client = createApiClient({
      server: 'https://x.test',
      token: 'tok',
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        const me = { role: 'admin', unit: null, now: '2026-11-24T02:00:00.000Z', nextDeadline: null };
        return new Response(JSON.stringify(me), { status: 200 });
      },
    });
    expect(await client.me()).toEqual({
      role: 'admin',
      unit: null,
      now: '2026-11-24T02:00:00.000Z',
      nextDeadline: null,
    });
    // The fake answers a whoami where a receipt belongs: the client says so instead of passing it on.
    expect((await failure(client.submit({ year: 2026, templateVersion: null, sheets: {} }, 'key-1'))).code).toBe(
      'bad-response',
    );
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer tok');
    expect(seen[1]?.headers.get('idempotency-key')).toBe('key-1');
  });

  it('turns an API error body into a Chinese error with its issues', async () => {
    const issue = {
      severity: 'error',
      code: 'required',
      rule: 'R1',
      ledger: 'activity',
      sheet: '廉政教育活动台账',
      row: 4,
      column: 'B',
      header: '活动名称',
      value: null,
      params: {},
      message: '必填',
    };
    const error = await failure(
      createApiClient({
        server: 'https://x.test',
        token: 't',
        fetch: answer(422, { error: { code: 'validation-failed', message: '有 1 个错误', issues: [issue] } }),
      }).me(),
    );
    expect([error.status, error.code, error.message, error.issues.length, error.unreachable]).toEqual([
      422,
      'validation-failed',
      '有 1 个错误',
      1,
      false,
    ]);
  });

  it('says the server was unreachable when fetch itself fails', async () => {
    const error = await failure(
      createApiClient({
        server: 'https://x.test',
        token: 't',
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }).me(),
    );
    expect(error.unreachable).toBe(true);
    expect(error.message).toContain('无法连接服务器');
  });

  it('refuses answers that do not match the schema, and non-JSON errors', async () => {
    expect(
      (await failure(createApiClient({ server: 'https://x.test', token: 't', fetch: answer(200, { hello: 1 }) }).me()))
        .code,
    ).toBe('bad-response');
    const html: typeof fetch = async () => new Response('<html>', { status: 502 });
    expect(
      (await failure(createApiClient({ server: 'https://x.test', token: 't', fetch: html }).me())).message,
    ).toContain('HTTP 502');
  });
});
