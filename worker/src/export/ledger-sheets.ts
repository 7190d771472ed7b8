import { type Column, isoToExcelSerial, type LedgerDefinition, type LedgerKey, ledgers } from '#shared/index.ts';
import { ledgerPage, PAGE_ROWS, type Range } from '../db/consolidation.ts';
import type { LedgerRow } from '../db/submissions.ts';
import type { Cell, ColumnSpec, Row, SheetSource } from '../xlsx/types.ts';
import type { ConsolidationScope, ScopeUnit } from './load.ts';
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

/** Consecutive units whose rows of `ledger` fit one page together, or one unit with more. */
function* pages(c: ConsolidationScope, ledger: LedgerKey): Generator<{ units: ScopeUnit[]; rows: number }> {
  let page: ScopeUnit[] = [];
  let size = 0;
  for (const unit of c.byOrd) {
    const rows = (JSON.parse(unit.chosen?.counts ?? '{}') as Partial<Record<LedgerKey, number>>)[ledger] ?? 0;
    if (rows === 0) continue;
    if (page.length > 0 && size + rows > PAGE_ROWS) {
      yield { units: page, rows: size };
      page = [];
      size = 0;
    }
    page.push(unit);
    size += rows;
  }
  if (page.length > 0) yield { units: page, rows: size };
}

/**
 * A page's rows, a statement's rows at a time: one statement for a page of several units, and one
 * per `PAGE_ROWS` for a single unit, read on after its last row until it has given all it has.
 * Handed on by statement, not by row, so a row costs no trip of its own through this generator;
 * a row's unit is the page's unit at its `ord` (the first, for a single unit's rows, which have none).
 */
async function* pageRows(
  db: D1Database,
  ledger: LedgerKey,
  page: { units: ScopeUnit[]; rows: number },
  range: Range,
): AsyncGenerator<readonly LedgerRow[]> {
  const [only] = page.units;
  if (page.units.length > 1 || only === undefined) {
    yield await ledgerPage(db, ledger, { ids: JSON.stringify(page.units.map((u) => u.chosen?.id)) }, range);
    return;
  }
  const id = only.chosen?.id ?? '';
  for (let after = 0, read = 0; read < page.rows; ) {
    const found = await ledgerPage(db, ledger, { id, after }, range);
    yield found;
    const last = found.at(-1);
    // A page short of full is the last one (the date range may leave fewer rows than counted).
    if (last === undefined || found.length < PAGE_ROWS) return;
    after = last[0];
    read += found.length;
  }
}

/** The unit columns of a row: the same for each of a unit's rows, so made once per unit. */
function unitCells(unit: ScopeUnit | undefined): Cell[] {
  return [
    unit?.name ?? null,
    unit?.code ?? null,
    unit?.group ?? null,
    unit?.chosen?.version ?? null,
    unit ? receivedCell(unit) : null,
  ];
}

/** Every row of the ledger for every unit in scope, read out of D1 as the sheet is written. */
async function* rows(db: D1Database, def: LedgerDefinition<LedgerKey>, c: ConsolidationScope): AsyncGenerator<Row> {
  yield [...UNIT_HEADERS, ...def.columns.map((col) => col.header)].map((h) => ({ value: h, style: 'header' }));
  let unitOfCells: ScopeUnit | undefined;
  let cells = unitCells(undefined);
  for (const page of pages(c, def.key)) {
    for await (const found of pageRows(db, def.key, page, c.range)) {
      for (const row of found) {
        const unit = page.units[row[2] ?? 0];
        if (unit !== unitOfCells) {
          unitOfCells = unit;
          cells = unitCells(unit);
        }
        const data = JSON.parse(row[1]) as Record<string, unknown>;
        const out = cells.slice();
        for (const col of def.columns) out.push(cellOf(col, data[col.key]));
        yield out;
      }
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
