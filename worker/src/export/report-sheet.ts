import { NOTHING_THIS_PERIOD } from '#shared/report/totals.ts';
import type { Row, SheetSource } from '../xlsx/types.ts';
import { type Counted, countedRows } from './counted.ts';
import type { ConsolidationScope } from './load.ts';
import { reportPreface, reportText } from './report-text.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

export const REPORT_HEADERS = ['序号', '报告表述', '报告用语', '指标', '数值', '约数', '单位', '备注'];

const COLUMNS = [
  { width: 6 },
  { width: 50, style: 'wrap' },
  { width: 50, style: 'wrap' },
  { width: 22 },
  { width: 10 },
  { width: 10 },
  { width: 8 },
  { width: 12 },
] as const;

function* rows(heading: Heading, text: ReturnType<typeof reportText>): Generator<Row> {
  yield* heading.rows;
  yield REPORT_HEADERS.map((h) => ({ value: h, style: 'header' }));
  let n = 0;
  for (const section of text.sections) {
    yield [null, { value: section.heading, style: 'header' }];
    for (const filled of section.figures) {
      n++;
      for (const [i, part] of filled.figure.parts.entries()) {
        const value = filled.values[i] ?? 0;
        const first = i === 0;
        yield [
          first ? n : null,
          first && !filled.empty ? filled.text : null,
          first && !filled.empty ? filled.phrased : null,
          part.label,
          { value, style: 'integer' },
          filled.phrases[i] ?? null,
          part.unit,
          value === 0 ? NOTHING_THIS_PERIOD : null,
        ];
      }
    }
  }
}

/**
 * 报告数据: each figure of the work report as its sentence, worded for the scope, with every
 * number in its own cell beside the phrasing reports use; a figure that is all zeros gets
 * no sentence, only 本期无此项. One printed page.
 */
export function reportSheet(c: ConsolidationScope, counted: Counted): SheetSource {
  const title = `${c.root.name}${c.year}年廉政教育工作报告数据`;
  const preface = reportPreface(c);
  const heading = sheetHeading(
    c,
    title,
    COLUMNS,
    `报告开头：${[preface.founding, preface.lead].filter((s) => s !== null).join('，')}；范围称“${preface.wording.scope}”`,
  );
  return {
    spec: {
      name: '报告数据',
      columns: COLUMNS,
      freeze: { rows: 3 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      table: { fromRow: 3 },
      print: exportPrint(c, title, 3, 1),
    },
    rows: countedRows(counted, (figures) => rows(heading, reportText(figures))),
    late: true,
  };
}
