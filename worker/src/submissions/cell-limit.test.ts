import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { activity } from '#shared/index.ts';
import { headerOf } from '#shared/ledgers/registry.ts';
import { MAX_SUBMISSION_CELLS } from '#shared/limits.ts';
import { streamedXlsx } from '#shared/xlsx/fixtures/hostile-package.ts';
import { worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { call, errorOf, type Reply } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

/**
 * The submission cell limit (shared/limits.ts), through the real routes in workerd: bytes alone
 * do not bound what a submission costs the Worker, so more cells than the limit are refused,
 * as a small 4xx in Chinese, before they are held, and nothing is stored.
 */
const headers = activity.columns.map((c) => headerOf(activity, c.key));
const width = headers.length;
/** A sheet of `rows` rows of the ledger's width: the header, then blank rows. */
const sheetOf = (rows: number) => ({
  address: 'A1',
  values: [headers, ...Array.from({ length: rows - 1 }, () => new Array<null>(width).fill(null))],
});
const rowsAtLimit = Math.floor(MAX_SUBMISSION_CELLS / width);
const body = (rows: number) => ({
  year: 2026,
  templateVersion: '2026.1',
  sheets: { [activity.sheetName]: sheetOf(rows) },
});

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

async function stored(): Promise<number> {
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM submissions').first<{ n: number }>();
  return row?.n ?? -1;
}

function expectTooManyCells(reply: Reply): void {
  expect(reply.status).toBe(413);
  const error = errorOf(reply);
  expect(error).toMatchObject({
    code: 'payload-too-large',
    reason: 'too-many-cells',
    params: { limit: MAX_SUBMISSION_CELLS },
  });
  expect(error.message).toContain('报送的单元格过多');
  expect(error.message).toContain('250,000');
}

describe('the submission cell limit', () => {
  it('checks a JSON body at the limit, and refuses one a row past it', { timeout: 60_000 }, async () => {
    expect(rowsAtLimit * width).toBeLessThanOrEqual(MAX_SUBMISSION_CELLS);
    const atLimit = await call('POST', '/api/validate', { token: who.clerkBZC.token, json: body(rowsAtLimit) });
    expect(atLimit.status).toBe(200);
    expectTooManyCells(await call('POST', '/api/validate', { token: who.clerkBZC.token, json: body(rowsAtLimit + 1) }));
    const before = await stored();
    expectTooManyCells(
      await call('POST', '/api/submissions', { token: who.clerkBZC.token, json: body(rowsAtLimit + 1) }),
    );
    expect(await stored()).toBe(before);
  });

  it('refuses a body of a million empty rows before parsing it', async () => {
    const rows = `[${new Array(1_000_000).fill('[]').join(',')}]`;
    const text = `{"year":2026,"templateVersion":"2026.1","sheets":{"${activity.sheetName}":{"address":"A1","values":${rows}}}}`;
    expect(text.length).toBeLessThan(4 * 1024 * 1024);
    const reply = await call('POST', '/api/submissions', {
      token: who.clerkBZC.token,
      body: new TextEncoder().encode(text),
      headers: { 'Content-Type': 'application/json' },
    });
    expectTooManyCells(reply);
  });

  it('stops reading a workbook at the limit and names the sheet', { timeout: 60_000 }, async () => {
    const [head = '', tail = ''] = worksheet('\u0000').split('\u0000');
    // One cell a row, rows numbered on from the last: a few KB that would hold a cell past the limit.
    const file = streamedXlsx(
      { sheets: [{ name: activity.sheetName, xml: '' }] },
      {
        path: 'xl/worksheets/sheet1.xml',
        head,
        unit: '<row><c><v>1</v></c></row>',
        times: MAX_SUBMISSION_CELLS + 1,
        tail,
      },
    );
    const before = await stored();
    const reply = await call('POST', '/api/submissions?year=2026', {
      token: who.clerkBZC.token,
      body: file,
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(reply.status).toBe(422);
    const issue = errorOf(reply).issues?.[0];
    expect(issue).toMatchObject({
      code: 'unreadable-file',
      rule: 'too-many-cells',
      params: { sheet: activity.sheetName, limit: MAX_SUBMISSION_CELLS },
    });
    expect(issue?.message).toContain(`读到「${activity.sheetName}」时已超过一次报送的上限 250,000 个`);
    expect(await stored()).toBe(before);
  });
});
