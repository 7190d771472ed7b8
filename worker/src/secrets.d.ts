/** Secrets and test-only settings are not in wrangler.jsonc, so `wrangler types` cannot see them. */
interface Env {
  /** The bootstrap admin credential (`wrangler secret put ADMIN_TOKEN`; `.dev.vars` locally). */
  ADMIN_TOKEN?: string;
  /**
   * An ISO instant the Worker's clock stands still at (see clock.ts). Set only by tests and
   * demos (`--var FIXED_NOW:…`); a deployed Worker leaves it unset and reads the system time.
   */
  FIXED_NOW?: string;
}
