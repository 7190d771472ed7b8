import { describe, expect, it } from 'vitest';
import { ApiCallError, apiUrl, createApiClient } from './client.ts';
import { errorLocales } from '../messages/error-locales.ts';

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

  const requiredIssue = {
    severity: 'error',
    code: 'required',
    rule: null,
    ledger: 'activity',
    sheet: '廉政教育活动台账',
    row: 4,
    column: 'B',
    header: '活动名称',
    value: null,
    params: {},
    message: '“活动名称”为必填项',
  };
  const refusal = (error: Record<string, unknown>, wording = {}) =>
    failure(createApiClient({ server: 'https://x.test', token: 't', fetch: answer(422, { error }), wording }).me());
  const workbookErrors = {
    code: 'validation-failed',
    reason: 'workbook-errors',
    params: { errors: 1 },
    message: '台账有 1 个错误，未能报送，请改正后重新报送',
    issues: [requiredIssue],
  };

  it('words a refusal from its reason and params, in the page’s language, with its issues typed by kind', async () => {
    const zh = await refusal(workbookErrors);
    expect([zh.status, zh.code, zh.message, zh.issues.length, zh.unreachable]).toEqual([
      422,
      'validation-failed',
      '台账有 1 个错误，未能报送，请改正后重新报送',
      1,
      false,
    ]);
    expect(zh.issues[0]).toMatchObject({ code: 'required', rule: null, message: '“活动名称”为必填项' });
    const en = await refusal(workbookErrors, {
      locale: errorLocales.en,
      wordIssues: async (issues: readonly { message: string }[]) =>
        issues.map((i) => ({ ...i, message: `en: ${i.message}` })),
    });
    expect(en.message).toBe('The ledgers have 1 errors and were not submitted: correct them and submit again.');
    expect(en.issues[0]?.message).toBe('en: “活动名称”为必填项');
  });

  it('follows a refusal explained by its issue with that issue’s wording', async () => {
    const unreadable = { ...requiredIssue, code: 'unreadable-file', rule: 'not-xlsx', message: '不是 Excel 工作簿' };
    const error = await refusal({
      code: 'validation-failed',
      reason: 'file-unreadable',
      params: {},
      message: '无法读取此文件：不是 Excel 工作簿',
      issues: [unreadable],
    });
    expect(error.message).toBe('无法读取此文件：不是 Excel 工作簿');
  });

  it('keeps the server’s sentence, and says to reload, for a reason or an issue kind this page does not know', async () => {
    const newer = await refusal({ ...workbookErrors, reason: 'from-a-newer-server' });
    expect([newer.code, newer.message]).toEqual([
      'page-outdated',
      '台账有 1 个错误，未能报送，请改正后重新报送（服务器已更新，本页面版本较旧：请刷新页面（或重新打开加载项）后再试）',
    ]);
    const newerKind = await refusal({ ...workbookErrors, issues: [{ ...requiredIssue, rule: 'newRule' }] });
    expect(newerKind.code).toBe('page-outdated');
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
