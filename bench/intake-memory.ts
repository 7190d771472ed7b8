/**
 * Memory of the intake path (readUpload + validateWorkbook, as /api/validate,
 * /api/submissions, the dashboard and the CLI run it) on hostile uploads and on a
 * legitimate submission at the cell limit, next to the 128 MB a Worker
 * isolate gets. Each case runs in a fresh process whose reading isolate is capped at a
 * 128 MB heap; the floor is the same isolate reading a tiny valid workbook.
 *
 *   npx tsx bench/intake-memory.ts        (or as part of `npm run bench`)
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activity } from '#shared/index.ts';
import { MAX_SUBMISSION_CELLS } from '#shared/limits.ts';
import { declareSize, streamedXlsx, type RepeatedPart } from '#shared/xlsx/fixtures/hostile-package.ts';
import { worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { activitySheetValues } from './activity-rows.ts';
import { ISOLATE_MB, recordGoal } from './goals.ts';
import { table } from './measure.ts';
import { ensureActivityWorkbook, ensureBenchWorkbook } from './xlsx-fixture.ts';
import type { Measurement } from './xlsx-measure.ts';
import { runChild } from './xlsx-read.ts';
import { OLD_INTAKE_LIMITS } from './xlsx-readers.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.bench');
const SHEET = 'xl/worksheets/sheet1.xml';
const MiB = 1024 * 1024;
const [OPEN_SHEET = '', CLOSE_SHEET = ''] = worksheet('\u0000').split('\u0000');
const book = { sheets: [{ name: activity.sheetName, xml: '' }] };
/**
 * 备注 long enough (and as incompressible as typed text) that the rows at the cell limit make a
 * file just under the 10 MiB body limit, and 40,000 one just under the 20 MiB it used to be.
 */
const REMARK_CHARS = 230;
/** Rows of the activity ledger at MAX_SUBMISSION_CELLS, its title and header rows counted. */
export const ROWS_AT_LIMIT = Math.floor(MAX_SUBMISSION_CELLS / activity.columns.length) - 2;

function hostile(name: string, make: () => Uint8Array): string {
  const file = join(DIR, `intake-${name}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, make());
  }
  return file;
}

const sheetBomb = (): Uint8Array =>
  streamedXlsx(book, { path: SHEET, head: OPEN_SHEET, unit: '<row r="1"/>', times: 24_000_000, tail: CLOSE_SHEET });

function hugeCell(): Uint8Array {
  const [head = '', tail = ''] = worksheet('<row r="5"><c r="D5" t="inlineStr"><is><t>\u0000</t></is></c></row>').split(
    '\u0000',
  );
  const part: RepeatedPart = { path: SHEET, head, unit: '廉政教育', times: Math.ceil((100 * MiB) / 12), tail };
  return streamedXlsx(book, part);
}

function sharedStringsBomb(): Uint8Array {
  const sheet = worksheet('<row r="3"><c r="A3" t="s"><v>0</v></c></row>');
  return streamedXlsx(
    { sheets: [{ name: activity.sheetName, xml: sheet }], sharedStrings: ['<t>x</t>'] },
    {
      path: 'xl/sharedStrings.xml',
      head: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      unit: '<si><t>清风</t></si>',
      times: 13_000_000,
      tail: '</sst>',
    },
  );
}

/** Text that compresses as typed text does not: a fixed pseudo-random walk over CJK. */
function remark(row: number): string {
  let x = row * 2_654_435_761 + 1;
  let text = '';
  for (let i = 0; i < REMARK_CHARS; i++) {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    text += String.fromCharCode(0x4e00 + (x % 3000));
  }
  return text;
}

/** An activity ledger of `rows` rows whose 备注 is typed text, as an .xlsx under .bench/. */
export function largeSubmission(rows: number): Promise<string> {
  const values = activitySheetValues(rows);
  const remarks = activity.columns.findIndex((c) => c.key === 'remarks');
  for (let r = 2; r < values.length; r++) {
    const row = values[r];
    if (row !== undefined) row[remarks] = remark(r);
  }
  return ensureActivityWorkbook(join(DIR, `intake-large-${rows / 1000}k.xlsx`), values);
}

export async function benchIntakeMemory(): Promise<void> {
  const floorFile = await ensureActivityWorkbook(join(DIR, 'intake-floor-10.xlsx'), activitySheetValues(10));
  const cases: [string, string, typeof OLD_INTAKE_LIMITS?][] = [
    ['floor: 10 valid rows', floorFile],
    [`legitimate: ${ROWS_AT_LIMIT.toLocaleString('en')} rows (the cell limit)`, await largeSubmission(ROWS_AT_LIMIT)],
    ['legitimate: 40,000 rows (old limits: 20 MiB, 5M cells)', await largeSubmission(40_000), OLD_INTAKE_LIMITS],
    // Under the byte limit, over the cell limit: what bytes alone let in before.
    ['repetitive: the 100k-row bench workbook', await ensureBenchWorkbook()],
    ['sheet bomb (290 MB of rows)', hostile('sheet-bomb', sheetBomb)],
    ['lying sizes (same, 4 KiB declared)', hostile('lying-sizes', () => declareSize(sheetBomb(), SHEET, 4096))],
    ['shared-strings bomb (290 MB)', hostile('sst-bomb', sharedStringsBomb)],
    ['100 MB string cell', hostile('huge-cell', hugeCell)],
  ];
  console.log(
    `\nIntake memory: readUpload + validateWorkbook, reading isolate capped at ${ISOLATE_MB} MB heap, fresh process each`,
  );
  const rows: string[][] = [];
  let floor = 0;
  // The intake limits' worst case: the largest growth of any file the limits let in or refuse.
  let worst = { name: '', growth: 0 };
  for (const [name, file, limits] of cases) {
    const bytes = new Uint8Array(readFileSync(file));
    const read = await readUpload(bytes, limits ?? {});
    const verdict =
      read.kind === 'read'
        ? `read ${Object.values(read.input.sheets).reduce((n, s) => n + s.values.length, 0)} rows`
        : `${read.issue.rule}`;
    const m: Measurement = await runChild(
      limits === undefined ? 'qingfeng intake' : 'qingfeng intake, old limits',
      file,
      ISOLATE_MB,
    );
    const growth = m.peakHeapMB - m.baselineHeapMB;
    if (floor === 0) floor = growth;
    if (limits === undefined && growth > worst.growth) worst = { name, growth };
    rows.push([
      name,
      (statSync(file).size / MiB).toFixed(2),
      m.error ?? verdict,
      Number.isFinite(m.seconds) ? m.seconds.toFixed(2) : '—',
      growth.toFixed(1),
      (growth / floor).toFixed(1),
      `${((growth / ISOLATE_MB) * 100).toFixed(0)} %`,
      m.peakRssMB.toFixed(0),
    ]);
  }
  console.log(table(['case', 'file MiB', 'verdict', 's', 'Δ heap MB', 'x floor', 'of 128 MB', 'peak RSS MB'], rows));
  console.log(
    'Δ heap = peak (JS heap + ArrayBuffers) of the reading isolate over its heap just before the read, file loaded.',
  );
  recordGoal({
    figure: 'intake heap, worst upload within the limits',
    subject: `${worst.growth.toFixed(1)} MB (${worst.name})`,
    against: `isolate ${ISOLATE_MB} MB`,
    ratio: worst.growth / ISOLATE_MB,
    goal: 1,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchIntakeMemory();
