import { env } from 'cloudflare:workers';
import { MAX_UPLOAD_BYTES } from '#shared/limits.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { receipt } from '#shared/api/schemas.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, fixtureBytes, submissionJson } from '../../test/workbooks.ts';
import { sha256Hex } from '../auth/token.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';

/**
 * docs/decisions.md: the hash is SHA-256 of the request body exactly as received (JSON or
 * workbook), and the body is kept in R2 under that hash.
 */
let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

async function kept(sha256: string): Promise<{ bytes: Uint8Array; type: string | undefined }> {
  const object = await env.RAW.get(`raw/${sha256}`);
  if (object === null) throw new Error(`raw/${sha256} is not in R2`);
  return { bytes: new Uint8Array(await object.arrayBuffer()), type: object.httpMetadata?.contentType };
}

describe('the raw body of a submission', () => {
  it('is hashed and kept byte for byte as sent, JSON with its own spacing and key order', async () => {
    const { sheets, ...rest } = submissionJson(activityRows(2));
    // Not what JSON.stringify of the parsed body would give: indentation, sheets first.
    const bytes = new TextEncoder().encode(
      `{\n  "sheets": ${JSON.stringify(sheets, null, 2)},\n  "year": ${rest.year},\n  "templateVersion": ${JSON.stringify(rest.templateVersion)}\n}\n`,
    );
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      body: bytes,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(reply.status).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.sha256).toBe(await sha256Hex(bytes));
    expect(await kept(r.sha256)).toEqual({ bytes, type: 'application/json' });
  });

  it('keeps a workbook as the very file sent', async () => {
    const bytes = fixtureBytes('libreoffice-messy-valid.xlsx');
    const reply = await call('POST', '/api/submissions?year=2026', {
      token: who.clerkJZC.token,
      body: bytes,
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(reply.status).toBe(201);
    const r = bodyOf(reply, receipt);
    expect(r.sha256).toBe(await sha256Hex(bytes));
    expect(await kept(r.sha256)).toEqual({ bytes, type: XLSX_TYPE });
  });
});

describe('the body limit (MAX_UPLOAD_BYTES)', () => {
  const limit = MAX_UPLOAD_BYTES;

  it('lets a body of exactly the limit through to be read', async () => {
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      body: new Uint8Array(limit).fill(0x20),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toEqual({
      code: 'bad-request',
      reason: 'json-malformed',
      params: {},
      message: '请求体不是有效的 JSON',
    });
  });

  it('answers one byte more with 413 and a Chinese message naming the limit', async () => {
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      body: new Uint8Array(limit + 1).fill(0x20),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reply.status).toBe(413);
    expect(errorOf(reply)).toEqual({
      code: 'payload-too-large',
      reason: 'body-too-large',
      params: { limit },
      message: '请求体超过上限（10.0 MB），请拆分或精简后再试',
    });
  });
});
