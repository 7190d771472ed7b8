import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from './auth/caller.ts';
import { routeDocs } from './openapi/routes.ts';
import { ADMIN, call, type Reply } from '../test/api.ts';
import { seedDistrict } from '../test/district.ts';
import { activityRows, submissionJson } from '../test/workbooks.ts';

/**
 * Every documented endpoint × every role × a target outside the caller's unit scope.
 * The callers: the admin, 七眼桥镇's supervisor, 本寨村's clerk (a village of 七眼桥镇),
 * and nobody. "Foreign" data belongs to 旧州村 of 旧州镇, outside both.
 */
type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['admin', 'supervisor', 'clerk', 'anonymous'];

interface Request {
  path: string;
  json?: unknown;
}

let tokens: Record<Caller, string | null>;
let own: string;
let foreign: string;
let foreignCredential: string;

beforeAll(async () => {
  const who = await seedDistrict();
  tokens = { admin: ADMIN, supervisor: who.supervisorQYQ.token, clerk: who.clerkBZC.token, anonymous: null };
  own = await submitAs(who.clerkBZC.token);
  foreign = await submitAs(who.clerkJZC.token);
  foreignCredential = who.clerkJZC.id;
});

/** Each workbook one row longer than the last, so no resubmission needs a fewer-rows confirmation. */
let rows = 2;
const growingWorkbook = () => submissionJson(activityRows(rows++));

async function submitAs(token: string): Promise<string> {
  return ((await call('POST', '/api/submissions', { token, json: growingWorkbook() })).body as { submissionId: string }).submissionId;
}

/** For each endpoint: a request within 七眼桥镇's scope and one aimed outside it. */
const requests: Record<string, { own: () => Request | Promise<Request>; foreign?: () => Request }> = {
  'get /api/health': { own: () => ({ path: '/api/health' }) },
  'get /api/ledgers': { own: () => ({ path: '/api/ledgers' }) },
  'get /api/openapi.json': { own: () => ({ path: '/api/openapi.json' }) },
  'get /api/docs': { own: () => ({ path: '/api/docs' }) },
  'get /api/template.xlsx': { own: () => ({ path: '/api/template.xlsx?year=2026' }) },
  'get /api/me': { own: () => ({ path: '/api/me' }) },
  'get /api/units': { own: () => ({ path: '/api/units' }) },
  'post /api/admin/units': { own: () => ({ path: '/api/admin/units', json: [{ code: 'XC', name: '新村', kind: 'village', parentCode: 'QYQ' }] }) },
  'get /api/admin/credentials': { own: () => ({ path: '/api/admin/credentials' }) },
  'post /api/admin/credentials': { own: () => ({ path: '/api/admin/credentials', json: { unitCode: 'BZC', role: 'clerk', label: 'x' } }) },
  'delete /api/admin/credentials/{id}': { own: () => ({ path: `/api/admin/credentials/${foreignCredential}` }) },
  'put /api/admin/deadlines': { own: () => ({ path: '/api/admin/deadlines', json: { year: 2026, month: 11, dueDate: '2026-12-07' } }) },
  'post /api/validate': { own: () => ({ path: '/api/validate', json: submissionJson(activityRows(1)) }) },
  'post /api/submissions': { own: () => ({ path: '/api/submissions', json: growingWorkbook() }) },
  'get /api/submissions': { own: () => ({ path: '/api/submissions?year=2026' }), foreign: () => ({ path: '/api/submissions?unit=JZC' }) },
  'get /api/submissions/{id}': { own: () => ({ path: `/api/submissions/${own}` }), foreign: () => ({ path: `/api/submissions/${foreign}` }) },
  'get /api/submissions/{id}/warnings': { own: () => ({ path: `/api/submissions/${own}/warnings` }), foreign: () => ({ path: `/api/submissions/${foreign}/warnings` }) },
  'get /api/submissions/{id}/diff': { own: () => ({ path: `/api/submissions/${own}/diff` }), foreign: () => ({ path: `/api/submissions/${foreign}/diff` }) },
  // Each return needs a submission that is its unit's newest and not yet returned.
  'post /api/submissions/{id}/return': { own: async () => ({ path: `/api/submissions/${await submitAs(tokens.clerk ?? '')}/return`, json: { reason: '请核实' } }), foreign: () => ({ path: `/api/submissions/${foreign}/return`, json: { reason: '请核实' } }) },
  'get /api/status': { own: () => ({ path: '/api/status?year=2026' }) },
  'get /api/overview': { own: () => ({ path: '/api/overview?year=2026' }), foreign: () => ({ path: '/api/overview?year=2026&scope=JZ' }) },
  'get /api/export': { own: () => ({ path: '/api/export?year=2026&format=csv&sheet=summary' }), foreign: () => ({ path: '/api/export?year=2026&scope=JZ' }) },
};

/** Fields that must never leave the server. */
const SECRET_FIELDS = /token_hash|tokenHash|unit_path|idempotency_key|"token":"(?!qf_)/;
const FOREIGN_UNITS = /JZC|旧州村/;

async function send(method: string, request: Request, caller: Caller): Promise<Reply> {
  return call(method.toUpperCase(), request.path, { token: tokens[caller], ...(request.json === undefined ? {} : { json: request.json }) });
}

describe('authorisation', () => {
  it('has a request for every documented endpoint', () => {
    expect(Object.keys(requests).sort()).toEqual(routeDocs.map((d) => `${d.method} ${d.path}`).sort());
  });

  for (const doc of routeDocs) {
    for (const caller of CALLERS) {
      const allowed = doc.roles === 'public' || (caller !== 'anonymous' && doc.roles.includes(caller));
      it(`${doc.method.toUpperCase()} ${doc.path} as ${caller}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const entry = requests[`${doc.method} ${doc.path}`];
        if (!entry) throw new Error('no request for this endpoint');
        const reply = await send(doc.method, await entry.own(), caller);
        if (!allowed) {
          expect(reply.status).toBe(caller === 'anonymous' ? 401 : 403);
          return;
        }
        expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBeLessThan(300);
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        expect(text).not.toMatch(SECRET_FIELDS);
        // The documented answer is the answer: pages parse it with the same shared schema.
        if (doc.response) expect(doc.response.safeParse(reply.body).error?.issues ?? []).toEqual([]);
        if (doc.scoped && caller !== 'admin') expect(text).not.toMatch(FOREIGN_UNITS);
        if (entry.foreign && caller !== 'admin') {
          const outside = await send(doc.method, entry.foreign(), caller);
          expect(outside.status).toBe(404);
        }
      });
    }
  }
});
