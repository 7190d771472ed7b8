import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { createApp } from './app.ts';
import type { Role } from './auth/caller.ts';
import { type RouteDoc, routeDocs } from './openapi/routes.ts';
import { ADMIN, bytesOf, call, errorOf, type Reply, submitAs, submitXlsxAs } from '../test/api.ts';
import { seedDistrict } from '../test/district.ts';
import { coverageProblems, endpointsOf, OUTSIDE_API } from '../test/route-coverage.ts';
import { activityRows, fixtureBytes, submissionJson } from '../test/workbooks.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { handoffLink, history } from '#shared/api/schemas.ts';

/**
 * Every endpoint the app serves × every role × a target outside the caller's unit scope.
 * The callers: the admin, 七眼桥镇's supervisor, 本寨村's clerk (a village of 七眼桥镇),
 * and nobody. "Foreign" data belongs to 旧州村 of 旧州镇, outside both.
 */
type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['admin', 'supervisor', 'clerk', 'anonymous'];

interface Request {
  path: string;
  json?: unknown;
  /** A raw body with its content type, for endpoints that take a file. */
  file?: { body: BodyInit; type: string };
}

let tokens: Record<Caller, string | null>;
let own: string;
let foreign: string;
let foreignCredential: string;
let foreignFile: string;

/** Each workbook one row longer than the last, so no resubmission needs a fewer-rows confirmation. */
let rows = 2;
const growingWorkbook = () => submissionJson(activityRows(rows++));
/**
 * A version sent as the .xlsx itself: the blank template of 2025, so none is shorter than the
 * last; an empty workbook is confirmed against the unit's newest 2025 version (0: none yet).
 */
async function fileSubmission(token: string, unit: string): Promise<string> {
  const newest = history.parse((await call('GET', `/api/submissions?unit=${unit}&year=2025&limit=1`)).body);
  const confirmed = newest.submissions[0]?.version ?? 0;
  return submitXlsxAs(token, await bytesOf('/api/template.xlsx?year=2025', null), 2025, confirmed);
}

beforeAll(async () => {
  const who = await seedDistrict();
  tokens = { admin: ADMIN, supervisor: who.supervisorQYQ.token, clerk: who.clerkBZC.token, anonymous: null };
  own = await submitAs(who.clerkBZC.token, growingWorkbook());
  foreign = await submitAs(who.clerkJZC.token, growingWorkbook());
  foreignCredential = who.clerkJZC.id;
  foreignFile = await fileSubmission(who.clerkJZC.token, 'JZC');
});

const HANDED_FILE = { body: 'PK-not-really-a-workbook', type: XLSX_TYPE };
const HANDED_FILE_CALL = { body: HANDED_FILE.body, headers: { 'Content-Type': XLSX_TYPE } };

/** For each endpoint: a request within 七眼桥镇's scope and one aimed outside it (the admin's succeeds, the others' are 404). */
const requests: Record<string, { own: () => Request | Promise<Request>; foreign?: () => Request }> = {
  'get /api/health': { own: () => ({ path: '/api/health' }) },
  'get /api/ledgers': { own: () => ({ path: '/api/ledgers' }) },
  'get /api/openapi.json': { own: () => ({ path: '/api/openapi.json' }) },
  'get /api/docs': { own: () => ({ path: '/api/docs' }) },
  'get /api/template.xlsx': { own: () => ({ path: '/api/template.xlsx?year=2026' }) },
  'post /api/handoff': { own: () => ({ path: '/api/handoff?name=x.xlsx', file: HANDED_FILE }) },
  'get /api/handoff/{secret}': {
    own: async () => ({
      path: handoffLink.parse((await call('POST', '/api/handoff?name=x.xlsx', HANDED_FILE_CALL)).body).url,
    }),
  },
  'get /api/me': { own: () => ({ path: '/api/me' }) },
  'get /api/units': { own: () => ({ path: '/api/units' }) },
  'post /api/admin/units': {
    own: () => ({ path: '/api/admin/units', json: [{ code: 'XC', name: '新村', kind: 'village', parentCode: 'QYQ' }] }),
  },
  'get /api/admin/credentials': { own: () => ({ path: '/api/admin/credentials' }) },
  'post /api/admin/credentials': {
    own: () => ({ path: '/api/admin/credentials', json: { unitCode: 'BZC', role: 'clerk', label: 'x' } }),
  },
  'delete /api/admin/credentials/{id}': { own: () => ({ path: `/api/admin/credentials/${foreignCredential}` }) },
  'get /api/admin/settings': { own: () => ({ path: '/api/admin/settings' }) },
  'put /api/admin/settings': { own: () => ({ path: '/api/admin/settings', json: { familyHall: '四知堂' } }) },
  'put /api/admin/deadlines': {
    own: () => ({ path: '/api/admin/deadlines', json: { year: 2026, month: 11, dueDate: '2026-12-07' } }),
  },
  'post /api/annotate': {
    own: () => ({
      path: '/api/annotate?year=2026',
      file: { body: fixtureBytes('planted-problems.xlsx'), type: XLSX_TYPE },
    }),
  },
  'post /api/validate': { own: () => ({ path: '/api/validate', json: submissionJson(activityRows(1)) }) },
  'post /api/submissions': { own: () => ({ path: '/api/submissions', json: growingWorkbook() }) },
  'get /api/submissions': {
    own: () => ({ path: '/api/submissions?year=2026' }),
    foreign: () => ({ path: '/api/submissions?unit=JZC' }),
  },
  'get /api/submissions/{id}': {
    own: () => ({ path: `/api/submissions/${own}` }),
    foreign: () => ({ path: `/api/submissions/${foreign}` }),
  },
  'get /api/submissions/{id}/warnings': {
    own: () => ({ path: `/api/submissions/${own}/warnings` }),
    foreign: () => ({ path: `/api/submissions/${foreign}/warnings` }),
  },
  'get /api/submissions/{id}/rows': {
    own: () => ({ path: `/api/submissions/${own}/rows?ledger=activity` }),
    foreign: () => ({ path: `/api/submissions/${foreign}/rows?ledger=activity` }),
  },
  'get /api/submissions/{id}/file': {
    own: async () => ({ path: `/api/submissions/${await fileSubmission(tokens.clerk ?? '', 'BZC')}/file` }),
    foreign: () => ({ path: `/api/submissions/${foreignFile}/file` }),
  },
  'get /api/submissions/{id}/diff': {
    own: () => ({ path: `/api/submissions/${own}/diff` }),
    foreign: () => ({ path: `/api/submissions/${foreign}/diff` }),
  },
  // Each return needs a submission that is its unit's newest and not yet returned.
  'post /api/submissions/{id}/return': {
    own: async () => ({
      path: `/api/submissions/${await submitAs(tokens.clerk ?? '', growingWorkbook())}/return`,
      json: { reason: '请核实' },
    }),
    foreign: () => ({ path: `/api/submissions/${foreign}/return`, json: { reason: '请核实' } }),
  },
  'get /api/status': { own: () => ({ path: '/api/status?year=2026' }) },
  'get /api/overview': {
    own: () => ({ path: '/api/overview?year=2026' }),
    foreign: () => ({ path: '/api/overview?year=2026&scope=JZ' }),
  },
  'get /api/report.docx': {
    own: () => ({ path: '/api/report.docx?year=2026' }),
    foreign: () => ({ path: '/api/report.docx?year=2026&scope=JZ' }),
  },
  'get /api/export': {
    own: () => ({ path: '/api/export?year=2026&format=csv&sheet=summary' }),
    foreign: () => ({ path: '/api/export?year=2026&scope=JZ' }),
  },
};

/** Fields that must never leave the server. */
const SECRET_FIELDS = /token_hash|tokenHash|unit_path|idempotency_key/;
/** A credential: only the answer that issues it may carry it, once. */
const CREDENTIAL = /"token":|qf_[\w-]{43}/;
const ISSUES_CREDENTIALS = 'post /api/admin/credentials';
const FOREIGN_UNITS = /JZC|旧州村/;

async function send(method: string, request: Request, caller: Caller): Promise<Reply> {
  return call(method.toUpperCase(), request.path, {
    token: tokens[caller],
    ...(request.json === undefined ? {} : { json: request.json }),
    ...(request.file === undefined ? {} : { body: request.file.body, headers: { 'Content-Type': request.file.type } }),
  });
}

const served = endpointsOf(createApp());
const docs = new Map(routeDocs.map((doc): [string, RouteDoc] => [`${doc.method} ${doc.path}`, doc]));

describe('authorisation', () => {
  it('covers every route the app serves: each has a RouteDoc and a case here, and each RouteDoc and case a route', () => {
    expect(coverageProblems(served, [...docs.keys()], Object.keys(requests), OUTSIDE_API)).toEqual([]);
  });

  for (const endpoint of served.filter((e) => !OUTSIDE_API.includes(e))) {
    const doc = docs.get(endpoint);
    const entry = requests[endpoint];
    const method = endpoint.split(' ')[0] ?? '';
    for (const caller of CALLERS) {
      const allowed =
        doc !== undefined && (doc.roles === 'public' || (caller !== 'anonymous' && doc.roles.includes(caller)));
      it(`${endpoint} as ${caller}: ${doc === undefined ? 'undocumented' : allowed ? 'allowed' : 'refused'}`, async () => {
        if (!doc || !entry) throw new Error('no RouteDoc or no case for this endpoint (see the coverage test)');
        const reply = await send(method, await entry.own(), caller);
        if (!allowed) {
          const refusal =
            caller === 'anonymous' ? { status: 401, code: 'unauthorized' } : { status: 403, code: 'forbidden' };
          expect({ status: reply.status, code: errorOf(reply).code }).toEqual(refusal);
          return;
        }
        const success = doc.status ?? 200;
        expect(reply.status, JSON.stringify(reply.body).slice(0, 300)).toBe(success);
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        expect(text).not.toMatch(SECRET_FIELDS);
        if (endpoint === ISSUES_CREDENTIALS) expect(text).toMatch(CREDENTIAL);
        else expect(text).not.toMatch(CREDENTIAL);
        // The documented answer is the answer: pages parse it with the same shared schema.
        if (doc.response) expect(z.safeParse(doc.response, reply.body).error?.issues ?? []).toEqual([]);
        if (doc.scoped && caller !== 'admin') expect(text).not.toMatch(FOREIGN_UNITS);
        if (entry.foreign) {
          const outside = await send(method, entry.foreign(), caller);
          // The admin's success shows the request aimed outside is well-formed, so others' 404 is the scope's doing.
          if (caller === 'admin') expect(outside.status, JSON.stringify(outside.body).slice(0, 300)).toBe(success);
          else
            expect({ status: outside.status, code: errorOf(outside).code }).toEqual({ status: 404, code: 'not-found' });
        }
      });
    }
  }
});
