import { fillFigures } from '../../../shared/report/totals.ts';
import type { Row, SheetSource } from '../xlsx/types.ts';
import { scopeLine } from './describe-scope.ts';
import type { Consolidation } from './load.ts';

export const REPORT_HEADERS = ['序号', '报告表述', '指标', '数值', '单位'];

function* rows(c: Consolidation): Generator<Row> {
  yield [{ value: `${c.root.name}${c.year}年廉政教育工作报告数据`, style: 'title' }];
  yield [scopeLine(c)];
  yield REPORT_HEADERS.map((h) => ({ value: h, style: 'header' }));
  let n = 0;
  for (const filled of fillFigures(c.total)) {
    n++;
    for (const [i, part] of filled.figure.parts.entries()) {
      yield [i === 0 ? n : null, i === 0 ? filled.text : null, part.label, { value: filled.values[i] ?? 0, style: 'integer' }, part.unit];
    }
  }
}

/** 报告数据: each figure of the work report as its sentence, with every number in its own cell. */
export function reportSheet(c: Consolidation): SheetSource {
  return {
    spec: { name: '报告数据', columns: [{ width: 6 }, { width: 70, style: 'wrap' }, { width: 22 }, { width: 12 }, { width: 6 }], freeze: { rows: 3 }, merges: ['A1:E1', 'A2:E2'] },
    rows: rows(c),
  };
}
