import type { Whoami } from '#shared/api/schemas.ts';

export type Route = 'status' | 'alerts' | 'history' | 'upload';

/** Which pages a role has, in menu order; the first is where it lands. */
export function routesOf(role: Whoami['role']): readonly { readonly route: Route; readonly label: string }[] {
  if (role === 'clerk')
    return [
      { route: 'upload', label: '上传报送' },
      { route: 'history', label: '报送记录' },
    ];
  return [
    { route: 'status', label: '总览' },
    { route: 'alerts', label: '预警与催报' },
    { route: 'history', label: '报送历史' },
  ];
}

/** The page named by the URL's hash, when the role has it. */
export function routeOf(hash: string, role: Whoami['role']): Route {
  const routes = routesOf(role);
  const wanted = hash.replace(/^#\/?/, '').split('?')[0];
  return routes.find((r) => r.route === wanted)?.route ?? routes[0]?.route ?? 'history';
}

/** A parameter of the hash, e.g. the unit of `#/history?unit=BZC`. */
export function hashParam(hash: string, name: string): string | null {
  const query = hash.split('?')[1];
  return query === undefined ? null : new URLSearchParams(query).get(name);
}
