import { headerOf } from '#shared/ledgers/registry.ts';
import type { Column } from '#shared/ledgers/types.ts';
import { addTally, emptyTally, type TalliedLedger, type TallyTotals, talliedLedgers } from '#shared/report/tallies.ts';
import type { TallyGroup } from '../db/consolidation.ts';
import type { Cell, ColumnSpec, Row, SheetSource } from '../xlsx/types.ts';
import { type Counted, countedRows } from './counted.ts';
import type { Consolidation, ConsolidationScope } from './load.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

/** A blank value of an optional column gets a line of its own, so the rows still add up to 合计. */
const BLANK = '（未填写）';

/** The values of `column` in the definition's order, then any blank. */
function valuesOf(column: Column | undefined, seen: ReadonlySet<string | null>): (string | null)[] {
  const listed = column && (column.type === 'enum' || column.type === 'multiEnum') ? [...column.values] : [];
  return [...listed, ...[...seen].filter((v) => v === null || !listed.includes(v))];
}

const figures = (t: TallyTotals, style: 'integer' | 'total'): Cell[] => [
  { value: t.rows, style },
  ...t.sums.map((n) => ({ value: n, style })),
];

/** One table: the tallied ledger's rows and sums for each value of one breakdown column, and their total. */
function* table(ledger: TalliedLedger, groups: readonly TallyGroup[], index: number): Generator<Row> {
  const { def, tally } = ledger;
  const key = tally.breakdowns[index] ?? '';
  const header = headerOf(def, key);
  const byValue = new Map<string | null, TallyTotals>();
  for (const g of groups) {
    const value = g.values[index] ?? null;
    byValue.set(value, addTally(byValue.get(value) ?? emptyTally(ledger), g));
  }
  // The table's header names what it breaks down, so the first one is row 3 like every summary sheet's.
  yield [`${header}（${def.sheetName}）`, tally.rows, ...tally.sums.map((k) => headerOf(def, k))].map((h) => ({
    value: h,
    style: 'header',
  }));
  const total = emptyTally(ledger);
  for (const value of valuesOf(
    def.columns.find((c) => c.key === key),
    new Set(byValue.keys()),
  )) {
    const t = byValue.get(value) ?? emptyTally(ledger);
    addTally(total, t);
    yield [value ?? BLANK, ...figures(t, 'integer')];
  }
  yield [{ value: '合计', style: 'total' }, ...figures(total, 'total')];
  yield [];
}

function* rows(c: Consolidation, heading: Heading): Generator<Row> {
  yield* heading.rows;
  for (const { ledger, groups } of c.tallies)
    for (const [i] of ledger.tally.breakdowns.entries()) yield* table(ledger, groups, i);
}

/** 分类统计: each tallied ledger broken down by each of its breakdown columns, for the whole scope and range. */
export function tallySheet(c: ConsolidationScope, counted: Counted): SheetSource {
  const title = `${c.root.name}${c.year}年台账分类统计`;
  const figureColumns = Math.max(1, ...talliedLedgers.map((t) => 1 + t.tally.sums.length));
  const columns: ColumnSpec[] = [{ width: 24 }, ...Array.from({ length: figureColumns }, () => ({ width: 14 }))];
  const heading = sheetHeading(c, title, columns);
  return {
    spec: {
      name: '分类统计',
      columns,
      freeze: { rows: 2 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      // A few short tables: one page, so the first table's header repeats on no other.
      print: exportPrint(c, title, 3, 1),
    },
    rows: countedRows(counted, (figures) => rows(figures, heading)),
    late: true,
  };
}
