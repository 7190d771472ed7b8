import { type Column, isoToExcelSerial, type LedgerDefinition, ledgers } from '../../../shared/index.ts';
import { ledgerPage, PAGE_ROWS } from '../db/consolidation.ts';
import type { Cell, ColumnSpec, Row, SheetSource } from '../xlsx/types.ts';
import type { Consolidation } from './load.ts';

export const UNIT_HEADERS = ['填报单位', '单位编码', '所属乡镇（部门）', '版本', '提交时间'];

/** A typed value back in a cell: dates as real dates, lists as the clerk would type them. */
function cellOf(column: Column, value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (column.type === 'date' && typeof value === 'string') return { value: isoToExcelSerial(value), style: 'date' };
  if (Array.isArray(value)) return value.join('、');
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

/** Every row of the ledger for every unit in scope, paged out of D1 as the sheet is written. */
async function* rows(db: D1Database, def: LedgerDefinition, c: Consolidation): AsyncGenerator<Row> {
  yield [...UNIT_HEADERS, ...def.columns.map((col) => col.header)].map((h) => ({ value: h, style: 'header' }));
  let after = { ord: -1, row: 0 };
  for (;;) {
    const page = await ledgerPage(db, def.key, c.ids, c.range, after);
    for (const r of page) {
      const unit = c.byOrd[r.ord];
      const data = JSON.parse(r.data) as Record<string, unknown>;
      yield [unit?.name ?? null, unit?.code ?? null, unit?.group ?? null, unit?.chosen?.version ?? null, unit?.chosen?.received_at ?? null, ...def.columns.map((col) => cellOf(col, data[col.key]))];
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE_ROWS) return;
    after = { ord: last.ord, row: last.row_number };
  }
}

function columnSpecs(def: LedgerDefinition): ColumnSpec[] {
  return [{ width: 16 }, { width: 10 }, { width: 16 }, { width: 6 }, { width: 22 }, ...def.columns.map((col) => ({ width: col.width }))];
}

/** One sheet per ledger, the template's headers preceded by the unit columns. */
export function ledgerSheets(db: D1Database, c: Consolidation): SheetSource[] {
  return ledgers.map((def) => ({
    spec: { name: def.sheetName, columns: columnSpecs(def), freeze: { rows: 1, columns: 2 }, autoFilter: `A1:${String.fromCharCode(64 + Math.min(26, UNIT_HEADERS.length + def.columns.length))}1` },
    rows: rows(db, def, c),
  }));
}
