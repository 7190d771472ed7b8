import type { Cell, DumpedSheet } from './workbook-dump.ts';

/**
 * The 汇总 figures of one workbook, computed straight from openpyxl's cells with deliberately naive
 * rules (find the 序号 header, skip blank rows, take the leading digits) and none of our engine:
 * the export must agree with what anyone summing the fixture by hand would get.
 */
export type Figures = Record<string, number>;

const canonical = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\(必填\)|\*)$/, '');

const blank = (c: Cell): boolean => c === null || (typeof c === 'string' && c.trim() === '');

function records(sheets: readonly DumpedSheet[], name: string): Map<string, Cell>[] {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const headerAt = sheet.rows
    .slice(0, 10)
    .findIndex((r) => r.some((c) => typeof c === 'string' && canonical(c) === '序号'));
  if (headerAt < 0) throw new Error(`${name}: no 序号 header in the first 10 rows`);
  const headers = (sheet.rows[headerAt] ?? []).map((c) => (typeof c === 'string' ? canonical(c) : ''));
  return sheet.rows
    .slice(headerAt + 1)
    .filter((r) => !r.every(blank))
    .map((r) => new Map(headers.map((h, i) => [h, r[i] ?? null])));
}

function integer(c: Cell | undefined): number {
  if (c === null || c === undefined) return 0;
  if (typeof c === 'number') return c;
  const digits = /^\d+/.exec(String(c).normalize('NFKC').replace(/[,\s]/g, ''));
  if (!digits) throw new Error(`not a count: ${JSON.stringify(c)}`);
  return Number(digits[0]);
}

const text = (c: Cell | undefined): string =>
  String(c ?? '')
    .normalize('NFKC')
    .trim();

/** A date however the fixture typed it (2026-11-30T00:00:00, 2026/4/30, 2026年9月30日, 20260525), as YYYY-MM-DD. */
function isoDate(c: Cell | undefined): string {
  const t = text(c);
  const parts = /^(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!parts) throw new Error(`not a date: ${JSON.stringify(c)}`);
  return `${parts[1]}-${parts[2]?.padStart(2, '0')}-${parts[3]?.padStart(2, '0')}`;
}
const sum = (rows: Map<string, Cell>[], header: string): number => rows.reduce((n, r) => n + integer(r.get(header)), 0);

/** `categories`: the activity categories, as the export's `…（次）` columns name them; `today` decides 逾期未完成. */
export function figuresOf(sheets: readonly DumpedSheet[], categories: readonly string[], today: string): Figures {
  const activity = records(sheets, '廉政教育活动台账');
  const rectification = records(sheets, '一案一整改台账');
  const inspection = records(sheets, '监督检查台账');
  const cases = records(sheets, '典型案例库');
  const figures: Figures = {};
  for (const c of categories) figures[`${c}（次）`] = activity.filter((r) => text(r.get('活动类别')) === c).length;
  Object.assign(figures, {
    '活动合计（次）': activity.length,
    参加人次: sum(activity, '参加人次'),
    发放资料份数: sum(activity, '发放资料份数'),
    新闻报道条数: sum(activity, '新闻报道条数'),
    上级媒体采用条数: sum(activity, '上级媒体采用条数'),
    案件数: rectification.length,
    未启动: rectification.filter((r) => text(r.get('整改状态')) === '未启动').length,
    整改中: rectification.filter((r) => text(r.get('整改状态')) === '整改中').length,
    已完成: rectification.filter((r) => text(r.get('整改状态')) === '已完成').length,
    逾期未完成: rectification.filter((r) => text(r.get('整改状态')) !== '已完成' && isoDate(r.get('整改时限')) < today)
      .length,
    警示教育场次: sum(rectification, '警示教育场次'),
    覆盖人次: sum(rectification, '覆盖人次'),
    监督检查次数: inspection.length,
    发现问题数: sum(inspection, '发现问题数'),
    已整改问题数: sum(inspection, '已整改问题数'),
    典型案例数: cases.length,
    涉案人数: sum(cases, '涉案人数'),
    用于警示教育场次: sum(cases, '用于警示教育场次'),
  });
  return figures;
}

export function addFigures(...all: Figures[]): Figures {
  const total: Figures = {};
  for (const f of all) for (const [k, v] of Object.entries(f)) total[k] = (total[k] ?? 0) + v;
  return total;
}
