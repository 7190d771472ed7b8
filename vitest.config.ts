import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts'],
        },
      },
      {
        // The Worker in real workerd with real D1 and R2 (Miniflare), migrations applied per test file.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './worker/wrangler.jsonc' },
            miniflare: {
              bindings: {
                ADMIN_TOKEN: 'test-admin-token',
                TEST_MIGRATIONS: await readD1Migrations('./worker/migrations'),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['worker/**/*.test.ts'],
          setupFiles: ['./worker/test/apply-migrations.ts'],
        },
      },
    ],
  },
});
