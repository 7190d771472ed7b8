import type { Hono } from 'hono';
import { inspectRoutes } from 'hono/dev';
import type { Env as HonoEnv } from 'hono/types';

/**
 * The endpoints an app really serves, as `method path` in the RouteDoc form
 * (`get /api/submissions/{id}`). `use()` registers middleware for the method ALL, so a route
 * for a named method is an endpoint (requireRole chained before its handler shares it), and
 * an ALL route is one only when Hono's own listing does not count its handler as middleware
 * (`.all(path, handler)`).
 */
export function endpointsOf<E extends HonoEnv>(app: Hono<E>): string[] {
  const endpoints = inspectRoutes(app)
    .filter((route) => route.method !== 'ALL' || !route.isMiddleware)
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  return [...new Set(endpoints)];
}

/**
 * What keeps an endpoint from being served undocumented or untested: each served endpoint
 * (less the `exempt` ones, which are not part of the API) has a RouteDoc and an authorisation
 * case, and each RouteDoc and case names a served endpoint. One line per problem.
 */
export function coverageProblems(
  served: readonly string[],
  documented: readonly string[],
  cases: readonly string[],
  exempt: readonly string[],
): string[] {
  const api = served.filter((e) => !exempt.includes(e));
  return [
    ...api
      .filter((e) => !documented.includes(e))
      .map((e) => `${e}: served, but no RouteDoc in worker/src/openapi/routes.ts`),
    ...api.filter((e) => !cases.includes(e)).map((e) => `${e}: served, but no case in the authorisation matrix`),
    ...documented.filter((e) => !api.includes(e)).map((e) => `${e}: has a RouteDoc, but the app serves no such route`),
    ...cases
      .filter((e) => !api.includes(e))
      .map((e) => `${e}: has an authorisation case, but the app serves no such route`),
  ];
}

/**
 * Routes of the app that are not part of the API: the bare origin redirects to the dashboard,
 * and WPS reads its add-in list (public, like the add-in's own files) from /wps/jsplugins.xml.
 */
export const OUTSIDE_API: readonly string[] = ['get /', 'get /wps/jsplugins.xml'];
