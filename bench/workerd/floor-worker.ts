/**
 * The floor for the export benchmark: the bare writer in workerd writing a ledger sheet of
 * the same shape and size as the consolidated workbook's, with no D1 and no consolidation.
 */
import { isoToExcelSerial } from '#shared/index.ts';
import { type Cell, type Row, xlsxStream } from '../../worker/src/xlsx/index.ts';
import { activityCells } from './district-rows.ts';

function* rows(count: number): Generator<Row> {
  yield ['填报单位', '单位编码', '所属乡镇（部门）', '版本', '提交时间', ...Object.keys(activityCells(0))];
  for (let i = 0; i < count; i++) {
    const cells: Cell[] = Object.values(activityCells(i % 500));
    cells[1] = { value: isoToExcelSerial(String(cells[1])), style: 'date' };
    yield [`第${Math.floor(i / 500)}村`, `V${Math.floor(i / 500)}`, '某镇', 1, '2026-11-01T00:00:00.000Z', ...cells];
  }
}

export default {
  fetch(request: Request): Response {
    const count = Number(new URL(request.url).searchParams.get('rows') ?? 100_000);
    return new Response(xlsxStream([{ spec: { name: '廉政教育活动台账' }, rows: rows(count) }]));
  },
};
