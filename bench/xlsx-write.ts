/**
 * .xlsx writer benchmark: 100k rows of the consolidated activity ledger (`WRITTEN_COLUMNS`:
 * unit columns, then the ledger's own) written by our streaming writer and by excelts'
 * streaming WorkbookWriter. Each run is a fresh child process whose writer runs in a
 * worker thread, so the parent can sample that isolate's heap; 3 runs, median.
 *
 *   npx tsx bench/xlsx-write.ts        (or `benchXlsxWrite()` from `npm run bench`)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { WorkbookWriter } from '@cj-tech-master/excelts';
import { activity, activityCategories, isoToExcelSerial } from '#shared/index.ts';
import { xlsxStream, type ColumnSpec, type Row, type XlsxOptions } from '../worker/src/xlsx/index.ts';
import { peakRssBytes, table } from './measure.ts';

const ROWS = 100_000;
const RUNS = 3;
const HERE = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

const WRITERS = {
  'qingfeng xlsxStream (zlib)': (rows: Iterable<Row>) => ours(rows, { deflate: 'native' }),
  'qingfeng xlsxStream (fflate 6)': (rows: Iterable<Row>) => ours(rows, { deflate: 'fflate', level: 6 }),
  'qingfeng xlsxStream (fflate 3)': (rows: Iterable<Row>) => ours(rows, { deflate: 'fflate', level: 3 }),
  'excelts WorkbookWriter': excelts,
} as const;
type WriterName = keyof typeof WRITERS;

/** The 汇总's unit columns, then the activity ledger's own. */
const HEADERS = [
  '填报单位',
  '单位编码',
  '所属乡镇（部门）',
  '版本',
  '提交时间',
  ...activity.columns.map((c) => c.header),
];
export const WRITTEN_COLUMNS = HEADERS.length;
const DATE_COLUMNS = new Set([4, 6]);
const TOWNS = ['七眼桥镇', '大西桥镇', '刘官街道', '旧州镇', '双堡镇', '区教育局'];

/** Deterministic rows, made as they are pulled (as the export reads them from D1). */
export function* rows(): Generator<Row> {
  yield HEADERS;
  const start = isoToExcelSerial('2026-01-01');
  const levels = ['区级', '乡级、村级', '村级', null];
  for (let i = 0; i < ROWS; i++) {
    const town = TOWNS[i % TOWNS.length] ?? '';
    yield [
      `${town}第${(i % 40) + 1}村`,
      `5204${String(i % 9000).padStart(6, '0')}`,
      town,
      1 + (i % 3),
      start + 300 + (i % 30),
      (i % 500) + 1,
      start + (i % 300),
      activityCategories[i % activityCategories.length] ?? '其他',
      `第${i + 1}期廉政教育活动`,
      `${town}纪委`,
      i % 3 === 0 ? '王若飞故居' : null,
      20 + (i % 400),
      levels[i % levels.length] ?? null,
      i % 5 === 0 ? null : i % 120,
      i % 7,
      i % 17 === 0 ? 1 : null,
      i % 13 === 0 ? `七纪案〔2026〕${i % 50}号` : null,
      i % 11 === 0 ? '补录' : null,
    ];
  }
}

/** The benchmark's workbook as our writer streams it. */
export function oursStream(source: Iterable<Row>, options: XlsxOptions): ReadableStream<Uint8Array> {
  const columns: ColumnSpec[] = HEADERS.map((_, c) =>
    DATE_COLUMNS.has(c) ? { width: 12, style: 'date' } : { width: 12 },
  );
  return xlsxStream([{ spec: { name: activity.sheetName, columns, freeze: { rows: 1 } }, rows: source }], options);
}

async function ours(source: Iterable<Row>, options: XlsxOptions): Promise<number> {
  const reader = oursStream(source, options).getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
  return bytes;
}

async function excelts(source: Iterable<Row>): Promise<number> {
  let bytes = 0;
  const sink = new WritableStream<Uint8Array>({ write: (chunk) => void (bytes += chunk.length) });
  const book = new WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet(activity.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const c of DATE_COLUMNS) sheet.getColumn(c + 1).numFmt = 'yyyy-mm-dd';
  for (const row of source)
    sheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.value : cell))).commit();
  await sheet.commit();
  await book.commit();
  return bytes;
}

interface Measurement {
  writer: string;
  seconds: number;
  /** CPU of the whole process (zlib's threads too): what a Worker is billed and limited by. */
  cpuSeconds: number;
  peakHeapMB: number;
  /** The writing isolate's heap just before the write: loaded code and libraries. */
  baselineHeapMB: number;
  peakRssMB: number;
  bytes: number;
}

/** In the worker thread: one write, timed. */
async function runInWorker(name: WriterName): Promise<void> {
  parentPort?.postMessage({ type: 'start' });
  const started = performance.now();
  const cpu = process.cpuUsage();
  const bytes = await WRITERS[name](rows());
  const used = process.cpuUsage(cpu);
  parentPort?.postMessage({
    type: 'done',
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    bytes,
  });
}

/** In the child process: the write in a worker, its heap sampled every 5 ms. */
async function measureChild(name: WriterName): Promise<Measurement> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { writer: name } });
  let peak = 0;
  let baseline = 0;
  let writing = false;
  const heap = (): Promise<number> => worker.getHeapStatistics().then((s) => s.used_heap_size + s.external_memory);
  const timer = setInterval(() => {
    heap().then(
      (h) => (peak = writing ? Math.max(peak, h) : peak),
      () => {},
    );
  }, 5);
  try {
    return await new Promise<Measurement>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (m: { type: string; seconds?: number; cpuSeconds?: number; bytes?: number }) => {
        if (m.type === 'start') {
          writing = true;
          void heap().then((h) => (baseline = h));
          return;
        }
        writing = false;
        resolve({
          writer: name,
          seconds: m.seconds ?? NaN,
          cpuSeconds: m.cpuSeconds ?? NaN,
          peakHeapMB: Math.max(peak, baseline) / MB,
          baselineHeapMB: baseline / MB,
          peakRssMB: peakRssBytes() / MB,
          bytes: m.bytes ?? 0,
        });
      });
    });
  } finally {
    clearInterval(timer);
    await worker.terminate();
  }
}

function runChild(name: WriterName): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HERE, 'child', name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (data: Buffer) => (out += data.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as Measurement) : reject(new Error(`${name}: exit ${code}`)),
    );
  });
}

export async function benchXlsxWrite(): Promise<void> {
  console.log(
    `\n.xlsx write: ${ROWS.toLocaleString('en')} rows × ${WRITTEN_COLUMNS} columns, each writer ${RUNS}× in a fresh process, median`,
  );
  const results: Measurement[] = [];
  for (const name of Object.keys(WRITERS) as WriterName[]) {
    const runs: Measurement[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runChild(name));
    runs.sort((a, b) => a.seconds - b.seconds);
    const median = runs[Math.floor(RUNS / 2)];
    if (median) results.push(median);
  }
  const base = results[0];
  if (!base) return;
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
  const delta = (r: Measurement): number => r.peakHeapMB - r.baselineHeapMB;
  console.log(
    table(
      [
        'writer',
        'seconds',
        'CPU s',
        'peak heap MB',
        'Δ heap MB',
        'peak RSS MB',
        'output MB',
        'time',
        'CPU',
        'Δ heap',
        'size',
      ],
      results.map((r) => [
        r.writer,
        r.seconds.toFixed(2),
        r.cpuSeconds.toFixed(2),
        r.peakHeapMB.toFixed(0),
        delta(r).toFixed(0),
        r.peakRssMB.toFixed(0),
        (r.bytes / MB).toFixed(2),
        ratio(r.seconds, base.seconds),
        ratio(r.cpuSeconds, base.cpuSeconds),
        ratio(delta(r), delta(base)),
        ratio(r.bytes, base.bytes),
      ]),
    ),
  );
  console.log(
    `ratios against ${base.writer}; heap = the writing isolate's JS heap + ArrayBuffers, Δ = over its heap before the write`,
  );
}

if (!isMainThread) {
  await runInWorker((workerData as { writer: WriterName }).writer);
} else if (process.argv[2] === 'child') {
  process.stdout.write(`${JSON.stringify(await measureChild(process.argv[3] as WriterName))}\n`);
} else if (process.argv[1] === HERE) {
  await benchXlsxWrite();
}
