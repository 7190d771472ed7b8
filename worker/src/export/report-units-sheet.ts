import { reportFigures } from '../../../shared/report/figures.ts';
import { measureOf } from '../../../shared/report/totals.ts';
import type { Row, SheetSource } from '../xlsx/types.ts';
import { breakdown } from './breakdown.ts';
import { scopeLine } from './describe-scope.ts';
import type { Consolidation } from './load.ts';

/** Every part of every figure, in the report's order: the breakdown's columns. */
export const REPORT_PARTS = reportFigures.flatMap((f) => f.parts);

export const REPORT_UNITS_HEADERS = ['单位', ...REPORT_PARTS.map((p) => `${p.label}（${p.unit}）`)];

function* rows(c: Consolidation): Generator<Row> {
  yield [{ value: `${c.root.name}${c.year}年廉政教育工作报告数据（分单位）`, style: 'title' }];
  yield [scopeLine(c)];
  yield REPORT_UNITS_HEADERS.map((h) => ({ value: h, style: 'header' }));
  for (const row of breakdown(c)) yield [row.name, ...REPORT_PARTS.map((p) => ({ value: measureOf(row.totals, p.of), style: 'integer' as const }))];
  yield [{ value: '合计', style: 'total' }, ...REPORT_PARTS.map((p) => ({ value: measureOf(c.total, p.of), style: 'total' as const }))];
}

/** 报告数据（分单位）: each report number for each unit directly below the scope, so a supervisor sees who contributed what. */
export function reportUnitsSheet(c: Consolidation): SheetSource {
  return {
    spec: { name: '报告数据（分单位）', columns: [{ width: 20 }, ...REPORT_PARTS.map(() => ({ width: 12, style: 'wrap' as const }))], freeze: { rows: 3, columns: 1 }, merges: ['A1:H1', 'A2:H2'] },
    rows: rows(c),
  };
}
