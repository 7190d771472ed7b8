import { acceptedWarnings } from '../db/submissions.ts';
import type { Row, SheetSource } from '../xlsx/types.ts';
import type { ConsolidationScope } from './load.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

export const NOTE_HEADERS = ['填报单位', '单位编码', '版本', '工作表', '单元格', '提醒', '核实说明'];
const COLUMNS = [{ width: 16 }, { width: 10 }, { width: 6 }, { width: 16 }, { width: 8 }, { width: 60 }, { width: 40 }];

async function* rows(db: D1Database, c: ConsolidationScope, heading: Heading): AsyncGenerator<Row> {
  yield* heading.rows;
  yield NOTE_HEADERS.map((h) => ({ value: h, style: 'header' }));
  for (const { ord, warnings } of await acceptedWarnings(db, c.ids)) {
    const unit = c.byOrd[ord];
    for (const w of warnings) {
      const cell = w.column !== null && w.row !== null ? `${w.column}${w.row}` : w.row !== null ? `第${w.row}行` : null;
      yield [
        unit?.name ?? null,
        unit?.code ?? null,
        unit?.chosen?.version ?? null,
        w.sheet,
        cell,
        w.message,
        w.note ?? '（未填写）',
      ];
    }
  }
}

/** 核实说明: every warning the counted versions were accepted with, and what the clerk said of it. */
export function notesSheet(db: D1Database, c: ConsolidationScope): SheetSource {
  const title = `${c.root.name}${c.year}年报送提醒及核实说明`;
  const heading = sheetHeading(c, title, COLUMNS, '各单位计入汇总的版本报送时的提醒，及填报员填写的核实说明');
  return {
    spec: {
      name: '核实说明',
      columns: COLUMNS,
      freeze: { rows: 3 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      autoFilter: 'A3:G3',
      table: { fromRow: 3 },
      print: exportPrint(c, title, 3),
    },
    rows: rows(db, c, heading),
  };
}
