import type { Completeness } from '../status/completeness.ts';
import type { Cell, Row, SheetSource } from '../xlsx/types.ts';
import type { ConsolidationScope } from './load.ts';
import { exportPrint, type Heading, sheetHeading } from './sheet-frame.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
export const STATUS_HEADERS = ['单位编码', '单位名称', ...MONTHS.map((m) => `${m}月`)];
type Counts = Readonly<Record<Completeness, number>>;
const COLUMNS = [{ width: 12 }, { width: 18 }, ...MONTHS.map(() => ({ width: 9 }))];

/**
 * 应报 / 已报 (on time or late) / 逾期 / 未报 (none, or only a returned one) and the rate, for
 * months whose deadline has passed; a month still open owes nothing yet.
 */
function* rateRows(c: ConsolidationScope): Generator<Row> {
  const due = (m: number): boolean => c.status.units.some((u) => u.months[m]?.due === true);
  const count = (label: string, of: (s: Counts) => number): Row => [
    { value: null, style: 'bold' },
    { value: label, style: 'bold' },
    ...MONTHS.map((m): Cell => {
      const s = c.status.summary[m];
      return s && due(m) ? { value: of(s), style: 'integer' } : null;
    }),
  ];
  const owed = (s: Counts): number => s.已报送 + s.逾期报送 + s.未报送 + s.已退回;
  yield count('应报（单位数）', owed);
  yield count('已报（单位数）', (s) => s.已报送 + s.逾期报送);
  yield count('逾期（单位数）', (s) => s.逾期报送);
  yield count('未报（单位数）', (s) => s.未报送 + s.已退回);
  yield [
    { value: null, style: 'bold' },
    { value: '报送率', style: 'bold' },
    ...MONTHS.map((m): Cell => {
      const s = c.status.summary[m];
      return s && due(m) && owed(s) > 0 ? { value: (s.已报送 + s.逾期报送) / owed(s), style: 'percent' } : null;
    }),
  ];
}

function* rows(c: ConsolidationScope, heading: Heading): Generator<Row> {
  yield* heading.rows;
  yield STATUS_HEADERS.map((h) => ({ value: h, style: 'header' }));
  for (const u of c.status.units) {
    // A month whose deadline has not come yet shows 未到期 rather than 未报送.
    yield [
      u.code,
      u.name,
      ...MONTHS.map((m) =>
        u.months[m]?.status === '未报送' && !u.months[m]?.due ? '未到期' : (u.months[m]?.status ?? null),
      ),
    ];
  }
  yield [];
  for (const status of ['已报送', '逾期报送', '未报送', '已退回'] as const) {
    yield [
      { value: null, style: 'bold' },
      { value: `${status}（单位数）`, style: 'bold' },
      ...MONTHS.map((m) => ({ value: c.status.summary[m]?.[status] ?? 0, style: 'integer' as const })),
    ];
  }
  yield [];
  yield* rateRows(c);
}

/** 报送情况: units × months completeness, with counts per status and the 报送率 per month at the bottom. */
export function statusSheet(c: ConsolidationScope): SheetSource {
  const title = `${c.root.name}${c.year}年台账报送情况`;
  const heading = sheetHeading(
    c,
    title,
    COLUMNS,
    `每月报送截止为次月 ${c.status.units[0]?.months[1]?.deadline.slice(8) ?? '05'} 日（可由管理员调整）`,
  );
  return {
    spec: {
      name: '报送情况',
      columns: COLUMNS,
      freeze: { rows: 3, columns: 2 },
      merges: heading.merges,
      rowHeights: heading.rowHeights,
      table: { fromRow: 3 },
      print: exportPrint(c, title, 3),
    },
    rows: rows(c, heading),
  };
}
