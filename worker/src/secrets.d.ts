/** Secrets are not in wrangler.jsonc, so `wrangler types` cannot see them. */
interface Env {
  /** The bootstrap admin credential (`wrangler secret put ADMIN_TOKEN`; `.dev.vars` locally). */
  ADMIN_TOKEN?: string;
}
