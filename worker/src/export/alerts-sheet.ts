import { isoToExcelSerial } from '#shared/index.ts';
import type { Cell, Row, SheetSource } from '../xlsx/types.ts';
import { type Counted, countedRows } from './counted.ts';
import type { Consolidation, ConsolidationScope } from './load.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

export const ALERT_HEADERS = [
  '预警',
  '填报单位',
  '单位编码',
  '所属乡镇（部门）',
  '行号',
  '案件编号',
  '发案单位',
  '责任单位',
  '责任人',
  '整改时限',
  '整改状态',
  '完成日期',
];

const date = (iso: string | null): Cell => (iso === null ? null : { value: isoToExcelSerial(iso), style: 'date' });

const COLUMNS = [
  { width: 12 },
  { width: 16 },
  { width: 10 },
  { width: 16 },
  { width: 6 },
  { width: 18 },
  { width: 20 },
  { width: 18 },
  { width: 10 },
  { width: 12 },
  { width: 10 },
  { width: 12 },
];

function* rows(c: Consolidation, heading: Heading): Generator<Row> {
  yield* heading.rows;
  yield ALERT_HEADERS.map((h) => ({ value: h, style: 'header' }));
  const order = { 逾期未完成: 0, 即将到期: 1, 逾期完成: 2 } as const;
  const sorted = [...c.alerts].sort((a, b) => order[a.alert] - order[b.alert]);
  for (const a of sorted) {
    const d = a.data;
    yield [
      a.alert,
      a.unit.name,
      a.unit.code,
      a.unit.group,
      a.row,
      d.caseNo,
      d.caseUnit,
      d.responsibleUnit,
      d.responsiblePerson,
      date(d.deadline),
      d.status,
      date(d.completedDate),
    ];
  }
}

/** 预警: cases 逾期未完成 / 即将到期 / 逾期完成 as of the export date, most urgent first. */
export function alertsSheet(c: ConsolidationScope, counted: Counted): SheetSource {
  const title = `${c.root.name}${c.year}年一案一整改预警`;
  const heading = sheetHeading(
    c,
    title,
    COLUMNS,
    '逾期未完成：未完成且已过整改时限；即将到期：未完成且 15 天内到期；逾期完成：完成日期晚于整改时限',
  );
  return {
    spec: {
      name: '预警',
      columns: COLUMNS,
      freeze: { rows: 3 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      autoFilter: 'A3:L3',
      table: { fromRow: 3 },
      print: exportPrint(c, title, 3),
    },
    rows: countedRows(counted, (figures) => rows(figures, heading)),
    late: true,
  };
}
