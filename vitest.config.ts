import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { configDefaults, defineConfig } from 'vitest/config';
import { TEST_NOW } from './tests/support/test-clock.ts';

/** Workbooks written by openpyxl and LibreOffice, handed to workerd tests (which cannot read files). */
function fixtureWorkbooks(): Record<string, string> {
  const dir = './tests/fixtures';
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => [f, readFileSync(`${dir}/${f}`).toString('base64')]),
  );
}

/**
 * A timeout catches a hang, never slowness: property tests and 20,000-row fakes take seconds, and
 * several times that when the two cores are shared. Speed is measured by `npm run bench`.
 */
const testTimeout = 30_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          testTimeout,
          environment: 'node',
          // The handout's parity test needs the handout beside the repository (CI and developers have it).
          exclude: [
            ...configDefaults.exclude,
            ...(existsSync('../shared/ledger-spec.md') ? [] : ['shared/ledgers/spec.test.ts']),
          ],
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'tests/**/*.test.ts',
            'addin/**/*.test.ts',
            'dashboard/**/*.test.ts',
            'web/**/*.test.ts',
          ],
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
                // Every Worker test runs at one instant unless it names another.
                FIXED_NOW: TEST_NOW,
                TEST_MIGRATIONS: await readD1Migrations('./worker/migrations'),
                TEST_WORKBOOKS: fixtureWorkbooks(),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          testTimeout,
          include: ['worker/**/*.test.ts'],
          setupFiles: ['./worker/test/apply-migrations.ts'],
        },
      },
    ],
  },
});
