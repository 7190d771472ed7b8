import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ApiClient, Reply } from './client.ts';
import { DEMO_CREDENTIALS, DEMO_SUBMISSIONS, DEMO_UNITS, DEMO_YEAR, unitName, type Role } from './demo-district.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { FIXTURES_DIR } from './paths.ts';

export interface DemoCredential {
  unitCode: string;
  unitName: string;
  role: Role;
  id: string;
  token: string;
}

const unitsReply = z.object({ units: z.array(z.object({ code: z.string() })) });
const issuedReply = z.object({ id: z.string(), token: z.string() });
const receiptReply = z.object({
  submissionId: z.string(),
  version: z.number(),
  counts: z.record(z.string(), z.number()),
});

function expect<T extends z.ZodType>(reply: Reply, status: number, schema: T, what: string): z.infer<T> {
  if (reply.status !== status) throw new Error(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.json)}`);
  return schema.parse(reply.json);
}

/** True when no unit exists yet, i.e. a fresh local database. */
export async function databaseIsEmpty(client: ApiClient, adminToken: string): Promise<boolean> {
  return (
    expect(await client.call('GET', '/api/units', { token: adminToken }), 200, unitsReply, 'GET /api/units').units
      .length === 0
  );
}

/** Creates the demo units and credentials through the admin API, as an administrator would. */
export async function seedDemo(client: ApiClient, adminToken: string): Promise<DemoCredential[]> {
  expect(
    await client.call('POST', '/api/admin/units', { token: adminToken, json: DEMO_UNITS }),
    200,
    z.unknown(),
    'POST /api/admin/units',
  );
  const issued: DemoCredential[] = [];
  for (const { unitCode, role } of DEMO_CREDENTIALS) {
    const label = `演示 ${unitName(unitCode)} ${role === 'clerk' ? '填报员' : '监督员'}`;
    const reply = await client.call('POST', '/api/admin/credentials', {
      token: adminToken,
      json: { unitCode, role, label },
    });
    const { id, token } = expect(reply, 201, issuedReply, 'POST /api/admin/credentials');
    issued.push({ unitCode, unitName: unitName(unitCode), role, id, token });
  }
  return issued;
}

/** Submits a fixture workbook as raw .xlsx, the way a clerk's upload arrives. */
export function submitWorkbook(client: ApiClient, clerkToken: string, fixture: string, year: number): Promise<Reply> {
  const body = new Uint8Array(readFileSync(join(FIXTURES_DIR, fixture)));
  return client.call('POST', `/api/submissions?year=${year}`, { token: clerkToken, body, contentType: XLSX_TYPE });
}

function tokenOf(credentials: readonly DemoCredential[], unitCode: string, role: Role): string {
  const found = credentials.find((c) => c.unitCode === unitCode && c.role === role);
  if (!found) throw new Error(`no demo ${role} for ${unitCode}`);
  return found.token;
}

/** The demo submissions (and returns) through the API, each as its own line of summary. */
export async function submitDemoData(client: ApiClient, credentials: readonly DemoCredential[]): Promise<string[]> {
  const lines: string[] = [];
  for (const { unitCode, fixture, returnedBy } of DEMO_SUBMISSIONS) {
    const reply = await submitWorkbook(client, tokenOf(credentials, unitCode, 'clerk'), fixture, DEMO_YEAR);
    const receipt = expect(reply, 201, receiptReply, `POST /api/submissions (${unitName(unitCode)}, ${fixture})`);
    const counts = Object.entries(receipt.counts)
      .map(([ledger, n]) => `${ledger} ${n}`)
      .join(', ');
    lines.push(`${unitName(unitCode)} ${DEMO_YEAR}: ${fixture} v${receipt.version} (${counts})`);
    if (!returnedBy) continue;
    const returned = await client.call('POST', `/api/submissions/${receipt.submissionId}/return`, {
      token: tokenOf(credentials, returnedBy.unitCode, 'supervisor'),
      json: { reason: returnedBy.reason },
    });
    expect(returned, 200, z.unknown(), `POST /api/submissions/…/return (${unitName(unitCode)})`);
    lines.push(`${unitName(returnedBy.unitCode)} 退回 ${unitName(unitCode)} v${receipt.version}：${returnedBy.reason}`);
  }
  return lines;
}
