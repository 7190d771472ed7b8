import { createApiClient, type ApiClient } from '#shared/api/client.ts';
import type { Whoami } from '#shared/api/schemas.ts';
import { followServer } from '#web/page-clock.ts';

/** Session storage, not local: the credential goes when the tab closes, on shared office PCs too. */
const KEY = 'qingfeng-dashboard-credential';

/** The credential itself stays inside the client; no page needs to read it. */
export interface Session {
  readonly who: Whoami;
  readonly api: ApiClient;
}

export const savedToken = (): string | null => sessionStorage.getItem(KEY);
export const saveToken = (token: string): void => sessionStorage.setItem(KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(KEY);

/** Checks a credential with GET /api/me; throws ApiCallError (Chinese message) when refused. */
export async function openSession(token: string): Promise<Session> {
  const api = createApiClient({ server: location.origin, token });
  const who = await api.me();
  followServer(who.now);
  return { who, api };
}
