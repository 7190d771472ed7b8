/** Which body 报送 sends, and the size refusal made before anything leaves the browser. */
import { describe, expect, it } from 'vitest';
import { createApiClient } from '#shared/api/client.ts';
import { warningKey } from '#shared/api/warning-key.ts';
import { summariseIssues, wordIssue } from '#shared/index.ts';
import type { Session } from '../session.ts';
import { NoticeError } from '../ui/error-text.ts';
import { jsonBytes } from '#web/json-bytes.ts';
import { MAX_UPLOAD_BYTES } from '#shared/limits.ts';
import { sendUpload, type CheckedUpload } from './send-upload.ts';

const warning = wordIssue({
  severity: 'warning',
  code: 'suspicious-value',
  rule: 'zero',
  ledger: 'activity',
  sheet: '廉政教育活动台账',
  row: 4,
  column: 'G',
  header: '参加人次',
  value: 0,
  params: {},
});

function checked(text: string): CheckedUpload {
  const sheets = { 廉政教育活动台账: { address: 'A1', values: [['活动主题'], [text]] } };
  return {
    reply: {
      kind: 'checked',
      year: 2026,
      input: { sheets, templateVersion: null },
      rows: { 廉政教育活动台账: 1 },
      ...summariseIssues([warning]),
    },
    workbook: new Blob(['PK-the-workbook']),
  };
}

/** A session whose requests are recorded; nothing reaches a network, and the fake Worker refuses each one. */
function recording(): { session: Session; sent: string[] } {
  const sent: string[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    sent.push(
      init?.body instanceof Blob
        ? `xlsx ${url.pathname} ${init.body.size} ${url.searchParams.get('year')} ${headers.get('idempotency-key')}`
        : `json ${url.origin}${url.pathname} ${String(init?.body ?? '').length}`,
    );
    return new Response('{}', { status: 500 });
  };
  const session: Session = {
    who: { role: 'clerk', unit: null, now: '2026-11-20T02:00:00.000Z', nextDeadline: null },
    api: createApiClient({ server: 'https://ledger.test', token: 't', fetch }),
  };
  return { session, sent };
}

describe('sendUpload', () => {
  it('sends the checked .xlsx itself, with the checked year, when no warning has a 核实说明', async () => {
    const { session, sent } = recording();
    await expect(sendUpload(session, checked('主题'), new Map([[warningKey(warning), '   ']]), 'k1')).rejects.toThrow();
    expect(sent).toEqual(['xlsx /api/submissions 15 2026 k1']);
  });
  it('sends the JSON body when a note must travel with it', async () => {
    const { session, sent } = recording();
    // The fake Worker answers 500 without a body: the client's own Chinese error, not any error.
    await expect(
      sendUpload(session, checked('主题'), new Map([[warningKey(warning), '线上学习']]), 'k2'),
    ).rejects.toMatchObject({ name: 'ApiCallError', status: 500, code: 'http' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^json https:\/\/ledger\.test\/api\/submissions /);
  });
  it('refuses in Chinese, before sending, a JSON body over the Worker’s limit', () => {
    const { session, sent } = recording();
    // 7 Mi characters of Chinese are 21 MiB of UTF-8: the limit counts bytes, not characters.
    const big = checked('廉'.repeat(7 * 1024 * 1024));
    expect(jsonBytes(big.reply.input)).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(() => sendUpload(session, big, new Map([[warningKey(warning), '已核实']]), 'k3')).toThrow(NoticeError);
    expect(() => sendUpload(session, big, new Map([[warningKey(warning), '已核实']]), 'k3')).toThrow(
      /超过服务器接收上限 10\.0 MB.*请清空核实说明/,
    );
    expect(sent).toEqual([]);
  });
});
