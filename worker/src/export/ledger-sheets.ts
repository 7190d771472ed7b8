import { type Column, isoToExcelSerial, type LedgerDefinition, type LedgerKey, ledgers } from '#shared/index.ts';
import { PAGE_ROWS, submissionRows } from '../db/consolidation.ts';
import type { Cell, ColumnSpec, Row, SheetSource } from '../xlsx/types.ts';
import type { ConsolidationScope } from './load.ts';
import { receivedCell } from './received-cell.ts';
import { exportPrint } from './sheet-frame.ts';

export const UNIT_HEADERS = ['填报单位', '单位编码', '所属乡镇（部门）', '版本', '提交时间'];

/** A typed value back in a cell: dates as real dates, lists as the clerk would type them. */
function cellOf(column: Column, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (column.type === 'date' && typeof value === 'string') return { value: isoToExcelSerial(value), style: 'date' };
  if (Array.isArray(value)) return value.join('、');
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

/** Consecutive submissions whose rows of `ledger` fit one page: read in one D1 round trip. */
function* pages(c: ConsolidationScope, ledger: LedgerKey): Generator<number[]> {
  let page: number[] = [];
  let size = 0;
  for (const [ord, unit] of c.byOrd.entries()) {
    const rows = (JSON.parse(unit.chosen?.counts ?? '{}') as Partial<Record<LedgerKey, number>>)[ledger] ?? 0;
    if (rows === 0) continue;
    if (page.length > 0 && size + rows > PAGE_ROWS) {
      yield page;
      page = [];
      size = 0;
    }
    page.push(ord);
    size += rows;
  }
  if (page.length > 0) yield page;
}

/** Every row of the ledger for every unit in scope, read out of D1 as the sheet is written. */
async function* rows(db: D1Database, def: LedgerDefinition<LedgerKey>, c: ConsolidationScope): AsyncGenerator<Row> {
  yield [...UNIT_HEADERS, ...def.columns.map((col) => col.header)].map((h) => ({ value: h, style: 'header' }));
  for (const ords of pages(c, def.key)) {
    let pending = ords.map((ord) => ({ ord, after: 0 }));
    while (pending.length > 0) {
      const results = await submissionRows(
        db,
        def.key,
        pending.map((p) => ({ id: c.byOrd[p.ord]?.chosen?.id ?? '', after: p.after })),
        c.range,
      );
      const next: typeof pending = [];
      for (const [i, p] of pending.entries()) {
        const unit = c.byOrd[p.ord];
        const found = results[i] ?? [];
        for (const r of found) {
          const data = JSON.parse(r.data) as Record<string, unknown>;
          yield [
            unit?.name ?? null,
            unit?.code ?? null,
            unit?.group ?? null,
            unit?.chosen?.version ?? null,
            unit ? receivedCell(unit) : null,
            ...def.columns.map((col) => cellOf(col, data[col.key])),
          ];
        }
        const last = found.at(-1);
        // A full page means a large submission: read on after its last row.
        if (last && found.length === PAGE_ROWS) next.push({ ord: p.ord, after: last.row_number });
      }
      pending = next;
    }
  }
}

function columnSpecs(def: LedgerDefinition): ColumnSpec[] {
  return [
    { width: 16 },
    { width: 10 },
    { width: 16 },
    { width: 6 },
    { width: 17 },
    ...def.columns.map((col) => ({ width: col.width })),
  ];
}

/** One sheet per ledger, the template's headers preceded by the unit columns. */
export function ledgerSheets(db: D1Database, c: ConsolidationScope): SheetSource[] {
  return ledgers.map((def) => ({
    spec: {
      name: def.sheetName,
      columns: columnSpecs(def),
      freeze: { rows: 1, columns: 2 },
      autoFilter: `A1:${String.fromCharCode(64 + Math.min(26, UNIT_HEADERS.length + def.columns.length))}1`,
      table: { fromRow: 1 },
      print: exportPrint(c, `${c.root.name}${c.year}年${def.sheetName}汇总`, 1),
    },
    rows: rows(db, def, c),
  }));
}
