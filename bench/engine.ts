import { activity, activityCategories, type CellValue, excelSerialToIso, validateWorkbook } from '#shared/index.ts';
import { checkValues, type SheetInput } from '#shared/validate/validate-sheet.ts';
import { type ValidateOptions, type ValidationSummary, WorkbookCheck } from '#shared/validate/workbook-check.ts';
import { activitySheetValues } from './activity-rows.ts';
import { recordGoal } from './goals.ts';
import { median, table } from './measure.ts';

const ROWS = 100_000;
const WARM_UP = 3;
const ROUNDS = 21;
const GOAL = 1.3;

/** Text as a clerk's cell holds it: a string not blank once trimmed, and not an Excel error. */
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);
const isText = (cell: CellValue): cell is string =>
  typeof cell === 'string' && cell.trim().length > 0 && !(cell.charCodeAt(0) === 35 && EXCEL_ERRORS.has(cell.trim()));
const trimmed = (cell: CellValue | undefined): string | null => (typeof cell === 'string' ? cell.trim() : null);
const count = (cell: CellValue): boolean => typeof cell === 'number' && Number.isInteger(cell) && cell >= 0;

/**
 * The floor: the least a correct check of these rows must do, hand-written for exactly this
 * sheet (fixed column positions, no header search, no tolerant parsing, no messages), but
 * every rule the engine applies to them: all 13 columns (required, blank, type, enum, length,
 * range, the two warnings of 参加人次), unique 序号, suspected duplicate activities, and the
 * 关联案件编号 kept for the lookup in 一案一整改台账. With `kept`, it also keeps each row free of
 * errors typed, as validateWorkbook does: the floor of that.
 */
function plainCheck(
  values: readonly (readonly CellValue[])[],
  year: number,
  today: string,
  kept: { row: number; data: Record<string, unknown> }[] | null = null,
): number {
  const categories = new Set<string>(activityCategories);
  const levels = new Set(['区级', '乡级', '村级']);
  const seen = new Set<number>();
  const activities = new Set<string>();
  const references: { row: number; value: string }[] = [];
  // The few combinations of 覆盖层级 a year repeats, each split once and shared by its rows.
  const levelLists = new Map<string, readonly string[]>();
  const noLevels: readonly string[] = [];
  let issues = 0;
  const text = (cell: CellValue, max: number, required: boolean): void => {
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) {
      if (required) issues++;
    } else if (!isText(cell) || cell.trim().length > max) issues++;
  };
  for (let r = 2; r < values.length; r++) {
    const row = values[r]!;
    const before = issues;
    const seq = row[0];
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1 || seen.has(seq)) issues++;
    else seen.add(seq);
    const date = typeof row[1] === 'number' ? excelSerialToIso(row[1]) : null;
    if (date === null || Number(date.slice(0, 4)) !== year || date > today) issues++;
    const category = row[2];
    if (typeof category !== 'string' || !categories.has(category)) issues++;
    text(row[3] ?? null, 200, true);
    text(row[4] ?? null, 100, true);
    text(row[5] ?? null, 100, false);
    const participants = row[6];
    if (!count(participants ?? null)) issues++;
    else if (participants === 0 || (participants as number) > 5000) issues++;
    const level = row[7];
    if (level !== null && (typeof level !== 'string' || !level.split('、').every((l) => levels.has(l)))) issues++;
    for (let c = 8; c <= 10; c++) if (row[c] !== null && !count(row[c] ?? null)) issues++;
    const caseNo = row[11] ?? null;
    text(caseNo, 40, false);
    if (typeof caseNo === 'string') references.push({ row: r + 1, value: caseNo });
    text(row[12] ?? null, 500, false);
    const activityKey = `${date}\u0000${String(category)}\u0000${String(row[3])}`;
    if (activities.has(activityKey)) issues++;
    else activities.add(activityKey);
    if (kept !== null && issues === before) {
      let levelList = noLevels;
      if (typeof level === 'string') {
        levelList = levelLists.get(level) ?? level.split('、');
        levelLists.set(level, levelList);
      }
      kept.push({
        row: r + 1,
        data: {
          seq,
          date,
          category,
          topic: trimmed(row[3]),
          organizer: trimmed(row[4]),
          venue: trimmed(row[5]),
          participants,
          levels: levelList,
          materials: row[8] ?? 0,
          newsReports: row[9] ?? 0,
          adoptedReports: row[10] ?? 0,
          caseNo: trimmed(caseNo),
          remarks: trimmed(row[12]),
        },
      });
    }
  }
  return issues + references.length;
}

/** The engine as checkUpload and the CLI run it: issues and counts, no typed rows kept. */
function countingCheck(sheets: Readonly<Record<string, SheetInput>>, options: ValidateOptions): ValidationSummary {
  const check = new WorkbookCheck(options, null);
  for (const [name, sheet] of Object.entries(sheets)) {
    const sheetCheck = check.sheet(name);
    if (sheetCheck !== null) checkValues(sheetCheck, sheet);
  }
  return check.finish();
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const spread = (ratios: readonly number[]): string => {
  const sorted = [...ratios].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.round(q * (sorted.length - 1))] ?? 0;
  return `${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)}×`;
};

/**
 * Each floor and the engine doing the same work run in turn, round after round, in one process
 * (the order turning each round), after warm-up rounds: on a machine others load, each ratio
 * is taken within a round, where subject and floor met the same load, and the median of those is the
 * figure; the middle half of the rounds' ratios is its spread.
 */
export function benchEngine(): void {
  // Through JSON, as Office.js hands values over: flat strings, not the template literals'
  // concatenations, which every reader (floor and engine alike) would first have to flatten.
  const values = JSON.parse(JSON.stringify(activitySheetValues(ROWS))) as CellValue[][];
  const input = { sheets: { [activity.sheetName]: { address: 'A1', values } } };
  // The last day of the rows' year: every generated date is in the past, whatever day the bench runs.
  const options = { year: 2026, today: '2026-12-31' };
  const check = validateWorkbook(input, options);
  if (check.issues.length !== 0 || check.ledgers.activity?.rows.length !== ROWS)
    throw new Error('benchmark rows should all be valid');
  if (plainCheck(values, options.year, options.today) !== 0) throw new Error('the floor disagrees with the engine');
  const counted = countingCheck(input.sheets, options);
  if (counted.issues.length !== 0 || counted.ledgers.activity?.rowCount !== ROWS)
    throw new Error('the counting check disagrees');
  const keptByFloor: { row: number; data: Record<string, unknown> }[] = [];
  plainCheck(values, options.year, options.today, keptByFloor);
  if (keptByFloor.length !== ROWS) throw new Error('the floor keeps other rows than the engine');
  const runs = [
    () => plainCheck(values, options.year, options.today),
    () => countingCheck(input.sheets, options),
    () => plainCheck(values, options.year, options.today, []),
    () => validateWorkbook(input, options),
  ];
  const ms: number[][] = [[], [], [], []];
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const times = [0, 0, 0, 0];
    for (let k = 0; k < runs.length; k++) {
      const which = (round + k) % runs.length;
      times[which] = time(runs[which]!);
    }
    if (round >= WARM_UP)
      times.forEach((t, i) => {
        ms[i]?.push(t);
      });
  }
  const [floor = [], counting = [], keepingFloor = [], kept = []] = ms;
  const ratios = (subject: readonly number[], base: readonly number[]): number[] =>
    subject.map((t, i) => t / (base[i] ?? t));
  const f = median(floor);
  const k = median(keepingFloor);
  const perSecond = (t: number): string => Math.round(ROWS / (t / 1000)).toLocaleString('en');
  const line = (name: string, subject: readonly number[], base: readonly number[]): string[] => {
    const r = ratios(subject, base);
    return [name, median(subject).toFixed(0), perSecond(median(subject)), `${median(r).toFixed(2)}×`, spread(r)];
  };
  console.log(
    `\n引擎吞吐（${ROWS.toLocaleString('en')} 行活动台账，内存中二维数组，${WARM_UP} 轮预热后 ${ROUNDS} 轮交替，中位数）`,
  );
  console.log(
    table(
      ['', 'ms', '行/秒', '相对基线（每轮比值中位数）', '中间一半'],
      [
        ['floor: plain-JS check loop', f.toFixed(0), perSecond(f), '1.00×', ''],
        line('engine, rows counted (CLI)', counting, floor),
        line('validateWorkbook, rows kept', kept, floor),
        ['floor: the loop keeping typed rows', k.toFixed(0), perSecond(k), '1.00×', ''],
        line('validateWorkbook, rows kept', kept, keepingFloor),
      ],
    ),
  );
  console.log(`目标：≤ ${GOAL}× 基线`);
  recordGoal({
    figure: 'engine, rows counted (CLI)',
    subject: `${median(counting).toFixed(0)} ms / 100k rows`,
    against: `hand-written loop ${f.toFixed(0)} ms`,
    ratio: median(ratios(counting, floor)),
    goal: GOAL,
  });
  recordGoal({
    figure: 'engine, validateWorkbook',
    subject: `${median(kept).toFixed(0)} ms / 100k rows`,
    against: `hand-written loop keeping typed rows ${k.toFixed(0)} ms`,
    ratio: median(ratios(kept, keepingFloor)),
    goal: GOAL,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) benchEngine();
