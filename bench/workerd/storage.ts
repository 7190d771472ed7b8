/**
 * What D1 stores and bills for each thing the district does: bytes added to the database
 * (page_count × page_size), rows read and rows written (D1's `meta`, summed by the bench
 * Worker, bench/workerd/d1/storage-worker.ts, around the real app). Figures for docs/scaling.md.
 */
import { TEST_NOW } from '../../tests/support/test-clock.ts';
import { recordGoal } from '../goals.ts';
import { table } from '../measure.ts';
import { ADMIN, type BenchUnit, client, type Fetch, registerUnits, sheetFor } from './api-client.ts';
import { startWorkerd } from './runtime.ts';

const ROWS = 500;
const VILLAGES = 20;

interface Metered {
  status: number;
  body: ArrayBuffer;
  queries: number;
  rowsRead: number;
  rowsWritten: number;
  bytes: number;
}

async function metered(api: Fetch, path: string, init?: Parameters<Fetch>[1]): Promise<Metered> {
  const answer = await api(path, init);
  const header = (name: string): number => Number(answer.headers.get(name));
  return {
    status: answer.status,
    body: await answer.arrayBuffer(),
    queries: header('x-d1-queries'),
    rowsRead: header('x-d1-rows-read'),
    rowsWritten: header('x-d1-rows-written'),
    bytes: header('x-d1-bytes'),
  };
}

interface Step {
  name: string;
  queries: number;
  rowsRead: number;
  rowsWritten: number;
  /** Database growth over the step, bytes. */
  grew: number;
  /** What the growth is divided by (rows stored), for bytes per row; 0: not a storing step. */
  per: number;
}

/** Runs `requests` in order, summing what they cost; growth from the size before the first. */
async function step(
  api: Fetch,
  name: string,
  per: number,
  requests: readonly (() => Promise<Metered>)[],
): Promise<{ step: Step; answers: Metered[] }> {
  const before = (await metered(api, '/api/health')).bytes;
  const answers: Metered[] = [];
  for (const request of requests) {
    const answer = await request();
    if (answer.status >= 300) throw new Error(`${name}: ${answer.status} ${new TextDecoder().decode(answer.body)}`);
    answers.push(answer);
  }
  const sum = (f: (m: Metered) => number): number => answers.reduce((s, m) => s + f(m), 0);
  const after = answers.at(-1)?.bytes ?? before;
  return {
    step: {
      name,
      queries: sum((m) => m.queries),
      rowsRead: sum((m) => m.rowsRead),
      rowsWritten: sum((m) => m.rowsWritten),
      grew: after - before,
      per,
    },
    answers,
  };
}

const idOf = (m: Metered): string =>
  (JSON.parse(new TextDecoder().decode(m.body)) as { submissionId: string }).submissionId;

/** The storage and query cost of one district's work, measured on the schema as migrated now. */
export async function measureStorage(): Promise<Step[]> {
  const w = await startWorkerd('bench/workerd/d1/storage-worker.ts', {
    config: 'worker/wrangler.jsonc',
    vars: { ADMIN_TOKEN: ADMIN, FIXED_NOW: TEST_NOW },
  });
  try {
    const api = client(w.worker);
    const units: BenchUnit[] = [
      { code: 'D', name: '某区', kind: 'district', parentCode: null },
      { code: 'T', name: '某镇', kind: 'township', parentCode: 'D' },
      ...Array.from({ length: VILLAGES }, (_, v) => ({
        code: `V${v}`,
        name: `第${v}村`,
        kind: 'village',
        parentCode: 'T',
      })),
    ];
    const tokens = (await registerUnits(api, units)).slice(2);
    const submit = (token: string | undefined, body: unknown) => () =>
      metered(api, '/api/submissions', { method: 'POST', token, json: body });
    // Each village its own rows (activityCells from v × ROWS on): units share no content.
    const snapshot = (v: number) => sheetFor(ROWS, v * ROWS);
    const steps: Step[] = [];
    steps.push((await step(api, `一次报送（${ROWS} 行）`, ROWS, [submit(tokens[0], snapshot(0))])).step);
    const year = await step(
      api,
      `一年 12 次月报，每次同样 ${ROWS} 行`,
      12 * ROWS,
      Array.from({ length: 12 }, () => submit(tokens[1], snapshot(1))),
    );
    steps.push(year.step);
    // A ledger that grows through the year: month m resubmits the rows of months before it.
    const growing = Array.from({ length: 12 }, (_, m) =>
      submit(tokens[2], sheetFor(Math.round((ROWS * (m + 1)) / 12), 2 * ROWS)),
    );
    const stored = Array.from({ length: 12 }, (_, m) => Math.round((ROWS * (m + 1)) / 12)).reduce((a, b) => a + b, 0);
    steps.push((await step(api, `一年 12 次月报，逐月累加到 ${ROWS} 行`, stored, growing)).step);
    const last = year.answers.at(-1);
    if (!last) throw new Error('no submission of the year');
    steps.push(
      (await step(api, '报送历史（该单位 12 个版本）', 0, [() => metered(api, '/api/submissions?unit=V1')])).step,
    );
    steps.push(
      (
        await step(api, `版本比对（第12版对第11版，各 ${ROWS} 行）`, 0, [
          () => metered(api, `/api/submissions/${idOf(last)}/diff`),
        ])
      ).step,
    );
    const rest = tokens.slice(3).map((token, i) => submit(token, snapshot(3 + i)));
    steps.push((await step(api, `其余 ${rest.length} 村各报送一次`, rest.length * ROWS, rest)).step);
    steps.push(
      (
        await step(api, `导出全区汇总工作簿（${VILLAGES} 村，${VILLAGES * ROWS} 行计入）`, 0, [
          () => metered(api, '/api/export?year=2026'),
        ])
      ).step,
    );
    return steps;
  } finally {
    await w.stop();
  }
}

export async function benchStorage(): Promise<void> {
  const steps = await measureStorage();
  console.log(`\nD1 存储与查询成本（活动台账，每行约 13 列；本地 workerd D1）`);
  console.log(
    table(
      ['', 'D1 语句', 'rows_read', 'rows_written', '库增量 KB', '每行字节'],
      steps.map((s) => [
        s.name,
        String(s.queries),
        String(s.rowsRead),
        String(s.rowsWritten),
        (s.grew / 1024).toFixed(0),
        s.per > 0 ? (s.grew / s.per).toFixed(0) : '',
      ]),
    ),
  );
  // Whole snapshots would store the year's 12 identical submissions 12 times over.
  const [once, year] = steps;
  if (once && year)
    recordGoal({
      figure: `D1 storage, a year of 12 snapshots of ${ROWS} rows`,
      subject: `${(year.grew / 1024).toFixed(0)} KB`,
      against: `one snapshot ${(once.grew / 1024).toFixed(0)} KB`,
      ratio: year.grew / once.grew,
    });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStorage();
