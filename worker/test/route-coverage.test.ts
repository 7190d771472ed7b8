import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { routeDocs } from '../src/openapi/routes.ts';
import { coverageProblems, endpointsOf, OUTSIDE_API } from './route-coverage.ts';

const pass: MiddlewareHandler = async function pass(_c, next) {
  await next();
};
const documented = routeDocs.map((doc) => `${doc.method} ${doc.path}`);

describe('endpointsOf', () => {
  it('lists each served method and path once, in RouteDoc form, and no middleware', () => {
    const app = new Hono()
      .use('*', pass)
      .use('/guarded/*', pass)
      .get('/guarded/:id', pass, (c) => c.text('one'))
      .post('/guarded/:id/notes', (c) => c.text('note'))
      .all('/anything', (c) => c.text('any'));
    expect(endpointsOf(app)).toEqual(['get /guarded/{id}', 'post /guarded/{id}/notes', 'all /anything']);
  });
});

describe('coverageProblems', () => {
  it('names a route the app serves without a RouteDoc and without an authorisation case', () => {
    const app = createApp();
    app.get('/api/extra/:id', (c) => c.text('extra'));
    expect(coverageProblems(endpointsOf(app), documented, documented, OUTSIDE_API)).toEqual([
      'get /api/extra/{id}: served, but no RouteDoc in worker/src/openapi/routes.ts',
      'get /api/extra/{id}: served, but no case in the authorisation matrix',
    ]);
  });

  it('names a route outside the API unless it is exempt', () => {
    expect(coverageProblems(endpointsOf(createApp()), documented, documented, [])).toEqual([
      'get /wps/jsplugins.xml: served, but no RouteDoc in worker/src/openapi/routes.ts',
      'get /: served, but no RouteDoc in worker/src/openapi/routes.ts',
      'get /wps/jsplugins.xml: served, but no case in the authorisation matrix',
      'get /: served, but no case in the authorisation matrix',
    ]);
  });

  it('names a RouteDoc or a case without a route, and a route without a case', () => {
    const served = endpointsOf(createApp());
    const cases = documented.filter((e) => e !== 'get /api/status');
    expect(
      coverageProblems(served, [...documented, 'get /api/gone'], [...cases, 'put /api/gone'], OUTSIDE_API),
    ).toEqual([
      'get /api/status: served, but no case in the authorisation matrix',
      'get /api/gone: has a RouteDoc, but the app serves no such route',
      'put /api/gone: has an authorisation case, but the app serves no such route',
    ]);
  });
});
