import { reportFigures } from '#shared/report/figures.ts';
import { measureOf } from '#shared/report/totals.ts';
import type { Row, SheetSource } from '../xlsx/types.ts';
import { breakdown } from './breakdown.ts';
import { type Counted, countedRows } from './counted.ts';
import type { Consolidation, ConsolidationScope } from './load.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

/** Every part of every figure, in the report's order: the breakdown's columns. */
export const REPORT_PARTS = reportFigures.flatMap((f) => f.parts);

export const REPORT_UNITS_HEADERS = ['单位', ...REPORT_PARTS.map((p) => `${p.label}（${p.unit}）`)];

const COLUMNS = [{ width: 20 }, ...REPORT_PARTS.map(() => ({ width: 12, style: 'wrap' as const }))];

function* rows(c: Consolidation, heading: Heading): Generator<Row> {
  yield* heading.rows;
  yield REPORT_UNITS_HEADERS.map((h) => ({ value: h, style: 'header' }));
  for (const row of breakdown(c))
    yield [row.name, ...REPORT_PARTS.map((p) => ({ value: measureOf(row.totals, p.of), style: 'integer' as const }))];
  yield [
    { value: '合计', style: 'total' },
    ...REPORT_PARTS.map((p) => ({ value: measureOf(c.total, p.of), style: 'total' as const })),
  ];
}

/** 报告数据（分单位）: each report number for each unit directly below the scope, so a supervisor sees who contributed what. */
export function reportUnitsSheet(c: ConsolidationScope, counted: Counted): SheetSource {
  const title = `${c.root.name}${c.year}年廉政教育工作报告数据（分单位）`;
  const heading = sheetHeading(c, title, COLUMNS);
  return {
    spec: {
      name: '报告数据（分单位）',
      columns: COLUMNS,
      freeze: { rows: 3, columns: 1 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      table: { fromRow: 3 },
      print: exportPrint(c, title, 3),
    },
    rows: countedRows(counted, (figures) => rows(figures, heading)),
    late: true,
  };
}
