import { activity, activityCategories, type CellValue, excelSerialToIso, validateWorkbook } from '#shared/index.ts';
import { feedSheet, type SheetInput } from '#shared/validate/validate-sheet.ts';
import { type ValidateOptions, type ValidationSummary, WorkbookCheck } from '#shared/validate/workbook-check.ts';
import { activitySheetValues } from './activity-rows.ts';
import { median, table } from './measure.ts';

const ROWS = 100_000;
const RUNS = 7;

/**
 * The floor: the least a correct check of these rows must do, hand-written for exactly this
 * sheet (fixed column positions, no header search, no tolerant parsing, no messages).
 */
function plainCheck(values: readonly (readonly CellValue[])[], year: number, today: string): number {
  const categories = new Set<string>(activityCategories);
  const levels = new Set(['区级', '乡级', '村级']);
  const seen = new Set<number>();
  const activities = new Set<string>();
  let errors = 0;
  for (let r = 2; r < values.length; r++) {
    const row = values[r]!;
    const seq = row[0];
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || seen.has(seq)) errors++;
    else seen.add(seq);
    const date = typeof row[1] === 'number' ? excelSerialToIso(row[1]) : null;
    if (date === null || Number(date.slice(0, 4)) !== year || date > today) errors++;
    if (typeof row[2] !== 'string' || !categories.has(row[2])) errors++;
    if (typeof row[3] !== 'string' || row[3].length === 0 || row[3].length > 200) errors++;
    if (typeof row[4] !== 'string' || row[4].length === 0 || row[4].length > 100) errors++;
    if (row[5] !== null && (typeof row[5] !== 'string' || row[5].length > 100)) errors++;
    if (typeof row[6] !== 'number' || !Number.isInteger(row[6]) || row[6] < 0) errors++;
    if (row[7] !== null && (typeof row[7] !== 'string' || !row[7].split('、').every((l) => levels.has(l)))) errors++;
    for (const c of [8, 9])
      if (row[c] !== null && (typeof row[c] !== 'number' || !Number.isInteger(row[c]) || (row[c] as number) < 0))
        errors++;
    if (row[11] !== null && (typeof row[11] !== 'string' || row[11].length > 500)) errors++;
    const activityKey = `${date}\u0000${String(row[2])}\u0000${String(row[3])}`;
    if (activities.has(activityKey)) errors++;
    else activities.add(activityKey);
  }
  return errors;
}

/** The engine as checkUpload and the CLI run it: issues and counts, no typed rows kept. */
function countingCheck(sheets: Readonly<Record<string, SheetInput>>, options: ValidateOptions): ValidationSummary {
  const check = new WorkbookCheck(options, null);
  for (const [name, sheet] of Object.entries(sheets)) {
    const sheetCheck = check.sheet(name);
    if (sheetCheck !== null) feedSheet(sheet, (row, first, cells) => sheetCheck.row(row, first, cells));
  }
  return check.finish();
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function benchEngine(): void {
  const values = activitySheetValues(ROWS);
  const input = { sheets: { [activity.sheetName]: { address: 'A1', values } } };
  // The last day of the rows' year: every generated date is in the past, whatever day the bench runs.
  const options = { year: 2026, today: '2026-12-31' };
  const check = validateWorkbook(input, options);
  if (check.errorCount !== 0 || check.ledgers.activity?.rows.length !== ROWS)
    throw new Error('benchmark rows should all be valid');
  if (plainCheck(values, options.year, options.today) !== 0) throw new Error('the floor disagrees with the engine');
  const counted = countingCheck(input.sheets, options);
  if (counted.errorCount !== 0 || counted.ledgers.activity?.rowCount !== ROWS)
    throw new Error('the counting check disagrees');
  const engine: number[] = [];
  const counting: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floor.push(time(() => plainCheck(values, options.year, options.today)));
    counting.push(time(() => countingCheck(input.sheets, options)));
    engine.push(time(() => validateWorkbook(input, options)));
  }
  const e = median(engine);
  const c = median(counting);
  const f = median(floor);
  console.log(`\n引擎吞吐（${ROWS.toLocaleString()} 行活动台账，内存中二维数组，${RUNS} 次取中位数）`);
  console.log(
    table(
      ['', 'ms', '行/秒', '相对基线'],
      [
        ['plain-JS check loop (floor)', f.toFixed(0), Math.round(ROWS / (f / 1000)).toLocaleString(), '1.00×'],
        [
          'engine, rows counted (CLI)',
          c.toFixed(0),
          Math.round(ROWS / (c / 1000)).toLocaleString(),
          `${(c / f).toFixed(2)}×`,
        ],
        [
          'validateWorkbook, rows kept',
          e.toFixed(0),
          Math.round(ROWS / (e / 1000)).toLocaleString(),
          `${(e / f).toFixed(2)}×`,
        ],
      ],
    ),
  );
  console.log(`目标：≥ 500,000 行/秒，且 ≤ 1.3× 基线`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchEngine();
