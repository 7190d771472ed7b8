/**
 * Ingest: the Worker's schema check of a JSON submission body (`submissionBody`, before the
 * engine sees it) against the engine's validation of the same rows, 10,000 activity rows as
 * the task pane sends them, in one process, median of 15. The body is parsed from its JSON
 * text once; both sides get the same objects.
 *
 *   npx tsx bench/ingest.ts        (or `benchIngest()` from `npm run bench`)
 */
import { fileURLToPath } from 'node:url';
import { submissionBody } from '#shared/api/schemas.ts';
import { activity, validateWorkbook } from '#shared/index.ts';
import { activitySheetValues } from './activity-rows.ts';
import { recordGoal } from './goals.ts';
import { median, table } from './measure.ts';

const ROWS = 10_000;
const RUNS = 15;

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function benchIngest(): void {
  const sheets = { [activity.sheetName]: { address: 'A1', values: activitySheetValues(ROWS) } };
  const body: unknown = JSON.parse(JSON.stringify({ year: 2026, templateVersion: null, sheets }));
  const options = { year: 2026, today: '2026-12-31' };
  const parsed = submissionBody.safeParse(body);
  if (!parsed.success) throw new Error('the benchmark body should pass the schema');
  const input = { sheets: parsed.data.sheets, templateVersion: null };
  if (validateWorkbook(input, options).errorCount !== 0) throw new Error('benchmark rows should all be valid');
  const schema: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const s = time(() => submissionBody.safeParse(body));
    const e = time(() => validateWorkbook(input, options));
    // The first runs warm the JIT up.
    if (i < 3) continue;
    schema.push(s);
    engine.push(e);
  }
  const e = median(engine);
  const s = median(schema);
  console.log(`\nIngest: ${ROWS.toLocaleString('en')} activity rows as JSON, in-process, median of ${RUNS}`);
  console.log(
    table(
      ['', 'ms', 'ratio'],
      [
        ['validateWorkbook (the engine, the peer)', e.toFixed(1), '1.00×'],
        ['submissionBody.safeParse (the request check)', s.toFixed(1), `${(s / e).toFixed(2)}×`],
      ],
    ),
  );
  recordGoal({
    figure: `ingest check, ${ROWS.toLocaleString('en')} rows`,
    subject: `${s.toFixed(1)} ms`,
    against: `engine ${e.toFixed(1)} ms`,
    ratio: s / e,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchIngest();
