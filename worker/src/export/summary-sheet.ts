import { activityCategories, rectificationStatuses } from '#shared/index.ts';
import { headerOf } from '#shared/ledgers/registry.ts';
import { emptyTally, talliedLedgers } from '#shared/report/tallies.ts';
import { countedVersionLabel } from '#shared/report/counted-version.ts';
import { activitySum, addTotals, emptyTotals, type Totals } from '#shared/report/totals.ts';
import type { Cell, Row, SheetSource, StyleName } from '../xlsx/types.ts';
import { type Counted, countedRows } from './counted.ts';
import type { Consolidation, ConsolidationScope, CountedUnit } from './load.ts';
import { UNIT_KIND_NAMES } from '../units/kind-names.ts';
import { receivedCell } from './received-cell.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

export const SUMMARY_HEADERS = [
  '单位编码',
  '单位名称',
  '类型',
  '所属乡镇（部门）',
  '版本',
  '提交时间',
  ...activityCategories.map((c) => `${c}（次）`),
  '活动合计（次）',
  '参加人次',
  '发放资料份数',
  '新闻报道条数',
  '上级媒体采用条数',
  '案件数',
  ...rectificationStatuses,
  '逾期未完成',
  '警示教育场次',
  '覆盖人次',
  '监督检查次数',
  '发现问题数',
  '已整改问题数',
  ...talliedLedgers.flatMap(({ def, tally }) => [tally.rows, ...tally.sums.map((key) => headerOf(def, key))]),
];

function figures(t: Totals): number[] {
  return [
    ...activityCategories.map((c) => t.activity[c].rows),
    activitySum(t, 'all', 'rows'),
    activitySum(t, 'all', 'participants'),
    activitySum(t, 'all', 'materials'),
    activitySum(t, 'all', 'newsReports'),
    activitySum(t, 'all', 'adoptedReports'),
    t.rectification.rows,
    ...rectificationStatuses.map((s) => t.rectification.byStatus[s]),
    t.rectification.overdue,
    t.rectification.warningSessions,
    t.rectification.warningAttendance,
    t.inspection.rows,
    t.inspection.problemsFound,
    t.inspection.problemsFixed,
    ...talliedLedgers.flatMap((l) => {
      const { rows, sums } = t.tallies[l.def.key] ?? emptyTally(l);
      return [rows, ...sums];
    }),
  ];
}

/** A unit that has not reported shows 未报送 and no figures: zeros would read as reported nothing. */
function unitRow(u: CountedUnit): Row {
  const head: Row = [u.code, u.name, UNIT_KIND_NAMES[u.kind], u.group];
  if (!u.chosen) return [...head, '未报送'];
  const numbers = figures(u.totals).map((n): Cell => ({ value: n, style: 'integer' }));
  return [...head, countedVersionLabel(u.version), receivedCell(u), ...numbers];
}

function rollUp(label: string, totals: Totals, style: StyleName): Row {
  return [
    { value: null, style },
    { value: label, style },
    { value: null, style },
    { value: null, style },
    { value: null, style },
    { value: null, style },
    ...figures(totals).map((n) => ({ value: n, style })),
  ];
}

/**
 * Units in tree order; after each township (or department) with units under it, a 小计 row
 * of that township and its villages; at the end the total of the whole scope.
 */
function* rows(c: Consolidation, heading: Heading): Generator<Row> {
  yield* heading.rows;
  yield SUMMARY_HEADERS.map((h) => ({ value: h, style: 'header' }));
  const children = (code: string): CountedUnit[] => c.units.filter((u) => u.parentCode === code);
  const root = c.units.find((u) => u.code === c.root.code);
  if (root) yield unitRow(root);
  for (const top of children(c.root.code)) {
    yield unitRow(top);
    const below = c.units.filter((u) => u.path.startsWith(top.path) && u.code !== top.code);
    for (const u of below) yield unitRow(u);
    if (below.length > 0)
      yield rollUp(
        `${top.name} 小计`,
        [top, ...below].reduce((sum, u) => addTotals(sum, u.totals), emptyTotals()),
        'subtotal',
      );
  }
  yield rollUp(`${c.root.name} 合计`, c.total, 'total');
}

/** Wide enough for a name or 乡镇（街道）; figure columns as narrow as their wrapped headers allow. */
const WIDTHS: Readonly<Record<string, number>> = { 单位名称: 16, 类型: 13, '所属乡镇（部门）': 16, 提交时间: 17 };
const COLUMNS = SUMMARY_HEADERS.map((h) => ({ width: WIDTHS[h] ?? 8 }));

export function summarySheet(c: ConsolidationScope, counted: Counted): SheetSource {
  const title = `${c.root.name}${c.year}年廉政教育台账汇总`;
  const heading = sheetHeading(c, title, COLUMNS);
  return {
    spec: {
      name: '汇总',
      columns: COLUMNS,
      freeze: { rows: 3, columns: 2 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      table: { fromRow: 3 },
      print: exportPrint(c, title, 3),
    },
    rows: countedRows(counted, (figures) => rows(figures, heading)),
    late: true,
  };
}
