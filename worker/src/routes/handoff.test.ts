import { describe, expect, it } from 'vitest';
import { handoffLink } from '#shared/api/schemas.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { call, errorOf, TEST_NOW } from '../../test/api.ts';
import { LINK_MINUTES } from './handoff.ts';

const workbook = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
const hand = (options: { name?: string; type?: string; at?: string } = {}) =>
  call('POST', `/api/handoff?name=${encodeURIComponent(options.name ?? '本寨村汇总.xlsx')}`, {
    body: workbook,
    headers: { 'Content-Type': options.type ?? XLSX_TYPE },
    ...(options.at === undefined ? {} : { at: options.at }),
  });
const later = (minutes: number): string => new Date(Date.parse(TEST_NOW) + minutes * 60_000).toISOString();

describe('POST /api/handoff, GET /api/handoff/{secret}', () => {
  it('hands the file to a browser with no credential, once, as an attachment under its name', async () => {
    const reply = await hand();
    expect(reply.status).toBe(201);
    const link = handoffLink.parse(reply.body);
    expect(link.expires).toBe(later(LINK_MINUTES));
    const { exports } = await import('cloudflare:workers');
    const fetched = await exports.default.fetch(new Request(`https://ledger.test${link.url}`));
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(fetched.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('本寨村汇总.xlsx')}`,
    );
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(workbook);
    const again = await call('GET', link.url, { token: null });
    expect([again.status, errorOf(again).message]).toEqual([404, expect.stringContaining('下载链接已失效')]);
  });

  it('refuses a link after its minutes, a made-up one, and anything but a named .xlsx', async () => {
    const link = handoffLink.parse((await hand()).body);
    const late = await call('GET', link.url, { token: null, at: later(LINK_MINUTES + 1) });
    expect(late.status).toBe(404);
    expect((await call('GET', `/api/handoff/dl_${'a'.repeat(43)}`, { token: null })).status).toBe(404);
    expect((await hand({ type: 'text/html' })).status).toBe(415);
    expect((await hand({ name: 'page.html' })).status).toBe(400);
    expect((await call('POST', '/api/handoff?name=a.xlsx', { token: null, body: workbook })).status).toBe(401);
  });
});
