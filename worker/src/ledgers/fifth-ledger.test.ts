import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ledgerKeys } from '#shared/ledgers/registry.ts';
import type { LedgerDefinition } from '#shared/ledgers/types.ts';
import { TEMPLATE_VERSION } from '#shared/index.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { seedDistrict } from '../../test/district.ts';

/**
 * A ledger that exists only in this test. The registry module is replaced by one built from its
 * own list plus this definition (registryOf, as production builds it), and nothing else changes:
 * the template, the engine, storage, the export and the OpenAPI document must all carry it.
 */
const talks = vi.hoisted(
  () =>
    ({
      key: 'talks',
      sheetName: '谈心谈话台账',
      title: '{unit}{year}年谈心谈话台账',
      columns: [
        { key: 'seq', header: '序号', type: 'integer', min: 1, units: [], required: true, unique: true, width: 6 },
        {
          key: 'date',
          header: '谈话日期',
          type: 'date',
          withinYear: true,
          notAfterToday: true,
          required: true,
          width: 12,
        },
        {
          key: 'method',
          header: '谈话方式',
          type: 'enum',
          values: ['集体谈话', '个别谈话'],
          required: true,
          width: 12,
        },
        { key: 'people', header: '谈话人数', type: 'integer', min: 1, units: ['人'], required: true, width: 10 },
        { key: 'remarks', header: '备注', type: 'text', maxLength: 50, required: false, width: 20 },
      ],
      dateField: 'date',
      rowRules: [],
      tally: { rows: '谈话次数', sums: ['people'], breakdowns: ['method'] },
    }) as const satisfies LedgerDefinition,
);

vi.mock('#shared/ledgers/registry.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('#shared/ledgers/registry.ts')>();
  return { ...actual, ...actual.registryOf([...actual.ledgers, talks]) };
});

const HEADERS = talks.columns.map((c) => c.header);
const body = (rows: unknown[][]) => ({
  year: 2026,
  templateVersion: TEMPLATE_VERSION,
  sheets: { [talks.sheetName]: { address: 'A1', values: [['标题'], HEADERS, ...rows] } },
});
const GOOD = [
  [1, '2026-03-05', '集体谈话', '12人', null],
  [2, '2026-04-01', '个别谈话', 1, '新任职'],
  [3, '2026-05-20', '集体谈话', 8, null],
];

type Schemas = typeof import('#shared/api/schemas.ts');
let who: Awaited<ReturnType<typeof seedDistrict>>;
let worker: typeof import('../index.ts')['default'];
let schemas: Schemas;
beforeAll(async () => {
  who = await seedDistrict();
  // The Worker was loaded with the real registry before this file ran: load it again, and
  // everything it imports, so every module reads the registry replaced above.
  vi.resetModules();
  worker = (await import('../index.ts')).default;
  schemas = await import('#shared/api/schemas.ts');
});

/** A request to the freshly loaded Worker, at the tests' instant. */
async function send(path: string, options: { token?: string; json?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  if (options.json !== undefined) headers['Content-Type'] = 'application/json';
  const request = new Request(`https://ledger.test${path}`, {
    method: options.json === undefined ? 'GET' : 'POST',
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

async function bytesOf(path: string, token?: string): Promise<Uint8Array> {
  const response = await send(path, token === undefined ? {} : { token });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('a fifth ledger added as data, in this test only', () => {
  it('is a sheet of the template, with its headers, and a ledger of GET /api/ledgers', async () => {
    const book = await readXlsx(await bytesOf('/api/template.xlsx?year=2026'));
    const sheet = book.sheets.find((s) => s.name === talks.sheetName);
    expect(sheet?.values[1]?.map((h) => String(h).replace(/^\*/, ''))).toEqual(HEADERS);
    const listed = (await (await send('/api/ledgers')).json()) as { ledgers: { key: string }[] };
    expect(listed.ledgers.map((l) => l.key)).toContain('talks');
  });

  it('is checked by the engine: errors at its cells', async () => {
    const reply = await send('/api/validate', {
      token: who.clerkBZC.token,
      json: body([[1, '2026-03-05', '座谈', 0]]),
    });
    const checked = schemas.validation.parse(await reply.json());
    expect(checked.issues.map((i) => [i.ledger, i.sheet, `${i.column}${i.row}`, i.header])).toEqual([
      ['talks', talks.sheetName, 'C3', '谈话方式'],
      ['talks', talks.sheetName, 'D3', '谈话人数'],
    ]);
    expect(checked.errorCount).toBe(2);
  });

  it('is stored, counted in the receipt, read back and diffed', async () => {
    const first = await send('/api/submissions', { token: who.clerkBZC.token, json: body(GOOD.slice(0, 2)) });
    expect(first.status).toBe(201);
    const second = await send('/api/submissions', { token: who.clerkBZC.token, json: body(GOOD) });
    const stored = schemas.receipt.parse(await second.json());
    expect(stored.counts).toEqual({ ...Object.fromEntries(ledgerKeys.map((k) => [k, 0])), talks: 3 });
    const read = await send(`/api/submissions/${stored.submissionId}`, { token: who.supervisorQYQ.token });
    const rows = ((await read.json()) as { rows: Record<string, { data: unknown }[]> }).rows.talks;
    expect(rows?.map((r) => r.data)).toEqual([
      { seq: 1, date: '2026-03-05', method: '集体谈话', people: 12, remarks: null },
      { seq: 2, date: '2026-04-01', method: '个别谈话', people: 1, remarks: '新任职' },
      { seq: 3, date: '2026-05-20', method: '集体谈话', people: 8, remarks: null },
    ]);
    const diff = await send(`/api/submissions/${stored.submissionId}/diff`, { token: who.supervisorQYQ.token });
    const ledgers: Record<string, { added: { seq: number }[] }> = schemas.submissionDiff.parse(
      await diff.json(),
    ).ledgers;
    expect(ledgers.talks?.added.map((r) => r.seq)).toEqual([3]);
  });

  it('is consolidated: its own sheet, its columns in 汇总, its breakdown in 分类统计', async () => {
    const book = await readXlsx(await bytesOf('/api/export?year=2026', who.supervisorQX.token));
    const sheet = (name: string) => book.sheets.find((s) => s.name === name)?.values ?? [];
    expect(book.sheets.map((s) => s.name).at(-1)).toBe(talks.sheetName);
    expect(
      sheet(talks.sheetName)
        .slice(1)
        .map((r) => [r[0], r[5], r[7], r[8]]),
    ).toEqual([
      ['本寨村', 1, '集体谈话', 12],
      ['本寨村', 2, '个别谈话', 1],
      ['本寨村', 3, '集体谈话', 8],
    ]);
    const summary = sheet('汇总');
    const header = summary[2] ?? [];
    const bzc = summary.find((r) => r[0] === 'BZC') ?? [];
    expect([bzc[header.indexOf('谈话次数')], bzc[header.indexOf('谈话人数')]]).toEqual([3, 21]);
    const tallies = sheet('分类统计');
    const table = tallies.findIndex((r) => r[0] === '谈话方式（谈心谈话台账）');
    expect(tallies.slice(table, table + 4).map((r) => r.slice(0, 3))).toEqual([
      ['谈话方式（谈心谈话台账）', '谈话次数', '谈话人数'],
      ['集体谈话', 2, 20],
      ['个别谈话', 1, 1],
      ['合计', 3, 21],
    ]);
  });

  it('is in the OpenAPI document: a ledger key, a count of the receipt, a sheet of the CSV export', async () => {
    const doc = JSON.stringify(await (await send('/api/openapi.json')).json());
    expect(ledgerKeys.at(-1)).toBe('talks');
    expect(doc).toContain(`"enum":${JSON.stringify(ledgerKeys)}`);
    expect(doc).toContain(
      `"enum":${JSON.stringify(['report', 'report-units', 'summary', 'status', 'alerts', 'notes', 'tallies', ...ledgerKeys])}`,
    );
    expect(doc).toMatch(/"counts":\{"type":"object","propertyNames":\{"type":"string","enum":\[[^\]]*"talks"\]/);
  });
});
