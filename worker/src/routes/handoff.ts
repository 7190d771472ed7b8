/**
 * Hands a file the task pane already holds to the system browser. Excel for Mac (and iPad)
 * ignores `a[download]` in its webview, so there the pane uploads the bytes here and opens the
 * answered link with Office.context.ui.openBrowserWindow: the browser, which has no credential,
 * fetches it once as an attachment into its downloads folder. The link is the capability (256
 * random bits; R2 keeps only its SHA-256), good for one fetch within LINK_MINUTES.
 */
import { Hono } from 'hono';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { attachment } from '../attachment.ts';
import { newLinkSecret, sha256Hex } from '../auth/token.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

export const LINK_MINUTES = 10;
const MAX_NAME = 120;
const objectKey = async (secret: string): Promise<string> => `handoff/${await sha256Hex(secret)}`;

/** POST /api/handoff?name=…: the body (an .xlsx) behind a one-time link. Any signed-in caller. */
export const handoffUpload = new Hono<AppEnv>().post('/handoff', async (c) => {
  if (c.req.header('content-type') !== XLSX_TYPE) throw new ApiError('handoff-type', {});
  // attachment() makes the name safe for Content-Disposition when the file is fetched.
  const name = (c.req.query('name') ?? '').trim();
  if (!name.endsWith('.xlsx') || [...name].length > MAX_NAME)
    throw new ApiError('handoff-name-invalid', { max: MAX_NAME });
  const bytes = await c.req.arrayBuffer();
  if (bytes.byteLength === 0) throw new ApiError('handoff-empty', {});
  const secret = newLinkSecret();
  const expires = c.get('now').getTime() + LINK_MINUTES * 60_000;
  await c.env.RAW.put(await objectKey(secret), bytes, {
    httpMetadata: { contentType: XLSX_TYPE },
    customMetadata: { name, expires: String(expires) },
  });
  return c.json({ url: `/api/handoff/${secret}`, expires: new Date(expires).toISOString() }, 201);
});

/** GET /api/handoff/:secret: public, since the browser it opens in holds no credential. */
export const handoffFetch = new Hono<AppEnv>().get('/handoff/:secret', async (c) => {
  const secret = c.req.param('secret');
  const key = /^dl_[\w-]{43}$/.test(secret) ? await objectKey(secret) : null;
  const stored = key === null ? null : await c.env.RAW.get(key);
  const gone = new ApiError('handoff-gone', {});
  if (key === null || stored === null) throw gone;
  const bytes = await stored.arrayBuffer();
  await c.env.RAW.delete(key);
  const expires = Number(stored.customMetadata?.expires);
  if (!(expires > c.get('now').getTime())) throw gone;
  const name = stored.customMetadata?.name ?? 'qingfeng.xlsx';
  return c.body(bytes, 200, {
    'Content-Type': XLSX_TYPE,
    'Content-Disposition': attachment(name, 'qingfeng-download.xlsx'),
    'Cache-Control': 'no-store',
  });
});
