import type { Caller } from './auth/caller.ts';

/** Hono's environment for this Worker: its bindings and what middleware sets per request. */
export interface AppEnv {
  Bindings: Env;
  Variables: { caller: Caller; now: Date };
}
