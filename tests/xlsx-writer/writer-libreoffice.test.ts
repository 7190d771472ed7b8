/** LibreOffice opens the writer's output and gets the values: the first sheet converted to CSV. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoToExcelSerial } from '#shared/index.ts';
import { xlsxStream, type Row } from '../../worker/src/xlsx/index.ts';
import { convert, CSV_FILTER, readCsv, saveStream, workDir } from './tools.ts';

describe('LibreOffice reads the writer output', () => {
  it('converts it to CSV with every value in place', async () => {
    const rows: Row[] = [
      [{ value: '七眼桥镇2026年廉政教育活动台账', style: 'title' }],
      ['序号', '活动日期', '活动类别', '参加人次', '备注'].map((value) => ({ value, style: 'header' })),
      [1, isoToExcelSerial('2026-03-05'), '红廉教育', 45, '=1+1'],
      [2, isoToExcelSerial('2026-12-31'), '廉政家访', 0, '@SUM(A1)'],
      [3, null, 'a&b<c>"d",e', 1200, '行1\n行2'],
    ];
    for (let i = 4; i <= 2000; i++)
      rows.push([i, isoToExcelSerial('2026-06-01') + (i % 100), '理论学习', i * 3, `第${i}期`]);
    const dir = workDir();
    const file = join(dir, 'writer.xlsx');
    await saveStream(
      xlsxStream([
        {
          spec: {
            name: '活动',
            columns: [{ width: 6 }, { width: 12, style: 'date' }, { width: 14 }, { width: 10 }, { width: 20 }],
            merges: ['A1:E1'],
            freeze: { rows: 2 },
          },
          rows,
        },
      ]),
      file,
    );
    const csv = readCsv(convert(file, CSV_FILTER, 'csv', dir));
    expect(csv[0]?.[0]).toBe('七眼桥镇2026年廉政教育活动台账');
    expect(csv.slice(1, 5)).toEqual([
      ['序号', '活动日期', '活动类别', '参加人次', '备注'],
      ['1', '2026-03-05', '红廉教育', '45', '=1+1'],
      ['2', '2026-12-31', '廉政家访', '0', '@SUM(A1)'],
      ['3', '', 'a&b<c>"d",e', '1200', '行1\n行2'],
    ]);
    expect(csv).toHaveLength(2002);
    expect(csv[2001]).toEqual(['2000', '2026-06-01', '理论学习', '6000', '第2000期']);
  }, 120_000);
});
