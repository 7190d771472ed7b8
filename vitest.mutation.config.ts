import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutate`, see docs/mutation.md).
 *
 * One plain Node project, because Stryker's vitest runner drives Vitest in its own process
 * and cannot reach into workerd: the Worker tests that need D1, R2 or `cloudflare:*` stay
 * out, and the Worker's pure modules are mutated only where their tests run in Node as they
 * are (status, units, the streaming writer). Left out as well: tests that spawn a process
 * (cli/ runs the bundle dist/cli/validate.js, which never sees the active mutant), and the ones that
 * drive external programs or a browser (tests/: openpyxl, LibreOffice, Chromium, the dev
 * server), which are slow and cannot kill a mutant either.
 */
export default defineConfig({
  test: {
    name: 'mutation',
    environment: 'node',
    // Instrumented code counts coverage per test: the large-sheet and property tests take several times longer.
    testTimeout: 60_000,
    include: [
      'shared/**/*.test.ts',
      'addin/**/*.test.ts',
      'dashboard/**/*.test.ts',
      'web/**/*.test.ts',
      'worker/src/status/*.test.ts',
      'worker/src/units/*.test.ts',
      'worker/src/xlsx/*.test.ts',
    ],
  },
});
