// @ts-check
/**
 * Mutation testing of the engine and the Worker's pure modules: `npm run mutate`.
 * Slow (tens of minutes on two cores), so it is not part of `npm test` or CI; what is
 * mutated and why, and the scores, are in docs/mutation.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // Workerd-only tests cannot run under Stryker's vitest runner; this config runs the rest in Node.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'shared/**/*.ts',
    '!shared/**/*.test.ts',
    '!shared/xlsx/fixtures/**',
    // Wording tables: every string is a message; the parity test keeps the keys, and a
    // mutated sentence is a different sentence, not a broken rule.
    '!shared/messages/zh-CN.ts',
    '!shared/messages/en.ts',
    // Re-exports only.
    '!shared/index.ts',
    'worker/src/status/*.ts',
    '!worker/src/status/*.test.ts',
    'worker/src/units/tree.ts',
    'worker/src/xlsx/*.ts',
    '!worker/src/xlsx/*.test.ts',
  ],
  // Two cores, shared with the other engineers' builds: one runner per core at most.
  concurrency: 2,
  // Only mutants whose code or covering tests changed since the last run are run again;
  // `npm run mutate -- --force` runs them all.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 75, break: null },
};
