/**
 * The one instant every test runs at, whatever the day: 10:00 on Tuesday 24 November 2026 in
 * China, the day the fixtures' expected issues were written for (`--today 2026-11-24`). The
 * Worker gets it as FIXED_NOW (vitest.config.ts, and `wrangler dev` in the browser and e2e
 * tests); the pages keep to the Worker's time.
 */
export const TEST_NOW = '2026-11-24T02:00:00.000Z';
export const TEST_TODAY = '2026-11-24';
