import { fillFigures } from '../../../shared/report/totals.ts';
import type { Row, SheetSource } from '../xlsx/types.ts';
import type { Consolidation } from './load.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

export const REPORT_HEADERS = ['序号', '报告表述', '指标', '数值', '单位'];

const COLUMNS = [{ width: 6 }, { width: 70, style: 'wrap' }, { width: 22 }, { width: 12 }, { width: 6 }] as const;

function* rows(c: Consolidation, heading: Heading): Generator<Row> {
  yield* heading.rows;
  yield REPORT_HEADERS.map((h) => ({ value: h, style: 'header' }));
  let n = 0;
  for (const filled of fillFigures(c.total)) {
    n++;
    for (const [i, part] of filled.figure.parts.entries()) {
      yield [i === 0 ? n : null, i === 0 ? filled.text : null, part.label, { value: filled.values[i] ?? 0, style: 'integer' }, part.unit];
    }
  }
}

/** 报告数据: each figure of the work report as its sentence, with every number in its own cell; one printed page. */
export function reportSheet(c: Consolidation): SheetSource {
  const title = `${c.root.name}${c.year}年廉政教育工作报告数据`;
  const heading = sheetHeading(c, title, COLUMNS);
  return {
    spec: { name: '报告数据', columns: COLUMNS, freeze: { rows: 3 }, merges: heading.merges, rowHeights: heading.rowHeights, table: { fromRow: 3 }, print: exportPrint(c, title, 3, 1) },
    rows: rows(c, heading),
  };
}
