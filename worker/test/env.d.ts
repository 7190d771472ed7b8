import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** File name → base64 of the workbooks in tests/fixtures. */
      TEST_WORKBOOKS: Record<string, string>;
      /** The tests' instant (vitest.config.ts); see src/secrets.d.ts. */
      FIXED_NOW?: string;
    }
  }
  interface Env {
    TEST_MIGRATIONS: D1Migration[];
    TEST_WORKBOOKS: Record<string, string>;
  }
}
