/**
 * The largest submission the limits let in, through the Worker: stored (as JSON from the task
 * pane, twice, and as the .xlsx of typed text a browser upload sends), then read back whole
 * (`GET /api/submissions/{id}`), a page of its rows, and its diff against the version before.
 * Bytes alone do not bound what this costs (repetitive rows compress ~4×), so the submission is
 * at the cell limit (MAX_SUBMISSION_CELLS), and two figures are taken in workerd's own V8:
 *
 * - **the smallest heap it completes in**: the whole sequence in a fresh workerd whose V8 heap is
 *   capped (`--max-heap-size`, young and old generations together), halving the step from 128 MB
 *   down; V8 aborts the process when a request needs more. This catches the peaks inside one
 *   synchronous step, which sampling between tasks cannot see;
 * - **the live heap per request**: sampled over the inspector after a full collection each time
 *   (isolate-heap.ts), as the export's figure is.
 */
import { readFileSync } from 'node:fs';
import { MAX_SUBMISSION_CELLS } from '#shared/limits.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { TEST_NOW } from '../../tests/support/test-clock.ts';
import { ISOLATE_MB, printGoals, recordGoal } from '../goals.ts';
import { largeSubmission, ROWS_AT_LIMIT } from '../intake-memory.ts';
import { table } from '../measure.ts';
import { ADMIN, client, drain, registerUnits, sheetFor } from './api-client.ts';
import { activityCells } from './district-rows.ts';
import { type HeapPeaks, isolateInspector, sampleHeap } from './isolate-heap.ts';
import { freePort, startWorkerd } from './runtime.ts';

const HEADERS = Object.keys(activityCells(0));
/** The JSON body's rows at the limit: the header row is the sheet's first. */
const JSON_ROWS = Math.floor(MAX_SUBMISSION_CELLS / HEADERS.length) - 1;
const PARTICIPANTS = HEADERS.indexOf('参加人次');
/** The heap caps tried, MB: from the isolate's whole budget down to a quarter of it. */
const CAPS = [128, 96, 64, 48, 32];
const HEAP_GOAL = 0.5;

interface Step {
  readonly name: string;
  /** The response, read to its end: a failed request throws or answers 5xx. */
  run(): Promise<{ status: number; bytes: number }>;
}

/** One unit, its clerk, and the sequence of requests against it. */
async function steps(api: ReturnType<typeof client>, worker: { fetch: typeof fetch }): Promise<Step[]> {
  const [clerk] = await registerUnits(api, [{ code: 'L', name: '某大镇', kind: 'district', parentCode: null }]);
  const xlsx = new Uint8Array(readFileSync(await largeSubmission(ROWS_AT_LIMIT)));
  const read = async (response: Promise<Response>) => {
    const r = await response;
    return { status: r.status, ...(await drain(async () => r)) };
  };
  let newest = '';
  const latest = async (): Promise<string> => {
    const list = (await (await api('/api/submissions?unit=L')).json()) as { submissions: { submissionId: string }[] };
    newest = list.submissions[0]?.submissionId ?? '';
    return newest;
  };
  const post = (json: unknown) => read(api('/api/submissions', { method: 'POST', token: clerk, json }));
  return [
    { name: `POST JSON, ${JSON_ROWS.toLocaleString('en')} rows (v1)`, run: () => post(sheetFor(JSON_ROWS)) },
    // Every tenth row's 参加人次 changed: the diff has rows to show, and the rest are shared contents.
    { name: 'POST JSON, same rows, 1 in 10 changed (v2)', run: () => post(changedEveryTenth(JSON_ROWS)) },
    { name: 'GET /api/submissions/{id} (v2, whole)', run: async () => read(api(`/api/submissions/${await latest()}`)) },
    {
      name: 'GET /api/submissions/{id}/rows (a page)',
      run: () => read(api(`/api/submissions/${newest}/rows?ledger=activity&limit=200`)),
    },
    { name: 'GET /api/submissions/{id}/diff (v2 against v1)', run: () => read(api(`/api/submissions/${newest}/diff`)) },
    {
      name: `POST .xlsx, ${ROWS_AT_LIMIT.toLocaleString('en')} rows of typed text (${(xlsx.length / 1048576).toFixed(1)} MiB)`,
      run: () =>
        read(
          worker.fetch('http://bench/api/submissions?year=2026', {
            method: 'POST',
            headers: { Authorization: `Bearer ${clerk}`, 'Content-Type': XLSX_TYPE },
            body: xlsx,
          }),
        ),
    },
  ];
}

function changedEveryTenth(rows: number) {
  const body = sheetFor(rows);
  const values = body.sheets.廉政教育活动台账.values;
  for (let r = 1; r < values.length; r += 10) {
    const row = values[r];
    if (row !== undefined) row[PARTICIPANTS] = Number(row[PARTICIPANTS]) + 1;
  }
  return body;
}

async function withWorkerd<T>(
  flags: readonly string[],
  inspect: boolean,
  work: (s: Step[], inspector: Awaited<ReturnType<typeof isolateInspector>> | null) => Promise<T>,
): Promise<T> {
  const inspectorPort = inspect ? await freePort() : undefined;
  const w = await startWorkerd('worker/src/index.ts', {
    config: 'worker/wrangler.jsonc',
    vars: { ADMIN_TOKEN: ADMIN, FIXED_NOW: TEST_NOW },
    v8Flags: flags,
    ...(inspectorPort === undefined ? {} : { inspectorPort }),
  });
  try {
    const api = client(w.worker);
    await (await api('/api/health')).arrayBuffer();
    const inspector = inspectorPort === undefined ? null : await isolateInspector(inspectorPort);
    try {
      return await work(await steps(api, w.worker as unknown as { fetch: typeof fetch }), inspector);
    } finally {
      inspector?.close();
    }
  } finally {
    await w.stop();
  }
}

/** The first step that fails under a heap of `cap` MB, or null when all complete. */
function failingStep(cap: number): Promise<string | null> {
  return withWorkerd([`--max-heap-size=${cap}`], false, async (all) => {
    for (const step of all) {
      let status: number;
      try {
        ({ status } = await step.run());
      } catch {
        // V8 aborted workerd: the request's connection is lost.
        return step.name;
      }
      if (status >= 500) return step.name;
      // A refusal is no memory failure: the bench itself is wrong.
      if (status >= 300) throw new Error(`${step.name}: ${status}`);
    }
    return null;
  });
}

export async function benchIntakeHeap(): Promise<void> {
  const sampled: { name: string; peaks: HeapPeaks; status: number; bytes: number }[] = [];
  await withWorkerd(['--expose-gc'], true, async (all, inspector) => {
    if (inspector === null) throw new Error('no inspector');
    for (const step of all) {
      const { peaks, result } = await sampleHeap(inspector, () => step.run(), true);
      if (result.status >= 300) throw new Error(`${step.name}: ${result.status}`);
      sampled.push({ name: step.name, peaks, ...result });
    }
  });
  const outcomes: [number, string | null][] = [];
  for (const cap of CAPS) {
    const failed = await failingStep(cap);
    outcomes.push([cap, failed]);
    if (failed !== null) break;
  }
  const passed = outcomes.filter(([, failed]) => failed === null).map(([cap]) => cap);
  const smallest = passed.length > 0 ? Math.min(...passed) : Number.NaN;
  const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `\n一次报送的上限（${MAX_SUBMISSION_CELLS.toLocaleString('en')} 个单元格）经 Worker 存取：isolate 存活内存（每次采样前 gc，经 inspector）`,
  );
  console.log(
    table(
      ['请求', '状态', '应答 MB', '存活峰值 MB', 'V8 已分配峰值 MB', '采样', '÷ 128 MB'],
      sampled.map((s) => [
        s.name,
        String(s.status),
        (s.bytes / 1e6).toFixed(1),
        mb(s.peaks.used + s.peaks.external),
        mb(s.peaks.total),
        String(s.peaks.samples),
        `${((s.peaks.used + s.peaks.external) / 1024 / 1024 / ISOLATE_MB).toFixed(2)}×`,
      ]),
    ),
  );
  console.log('\n同一串请求，在 V8 堆上限（--max-heap-size）逐次减小的新 workerd 中：');
  console.log(
    table(
      ['堆上限 MB', '结果'],
      outcomes.map(([cap, failed]) => [String(cap), failed === null ? '全部完成' : `失败于：${failed}`]),
    ),
  );
  recordGoal({
    figure: `报送上限（${MAX_SUBMISSION_CELLS.toLocaleString('en')} 个单元格）：存取全部完成的最小 V8 堆`,
    subject: Number.isNaN(smallest) ? `> ${CAPS[0]} MB` : `${smallest} MB`,
    against: `${ISOLATE_MB} MB`,
    ratio: smallest / ISOLATE_MB,
    goal: HEAP_GOAL,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchIntakeHeap();
  printGoals();
}
