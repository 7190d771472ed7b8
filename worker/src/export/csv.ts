import { excelSerialToIso } from '#shared/index.ts';
import type { Cell, Row, SheetSource, StyleName } from '../xlsx/index.ts';

/**
 * Spreadsheet programs run a CSV cell starting with these as a formula; a leading
 * apostrophe keeps the text as typed (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV has no number formats: a date cell (an Excel serial styled as a date, by the cell or, for a
 * bare value, by its column, as the workbook writer decides) is written as its ISO date.
 */
function csvValue(cell: Cell, columnStyle: StyleName | undefined): string | number | null {
  const value = cell !== null && typeof cell === 'object' ? cell.value : cell;
  const style = cell !== null && typeof cell === 'object' ? (cell.style ?? columnStyle) : columnStyle;
  return style === 'date' && typeof value === 'number' ? excelSerialToIso(value) : value;
}

function field(cell: Cell, columnStyle: StyleName | undefined): string {
  const value = csvValue(cell, columnStyle);
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const encoder = new TextEncoder();

/** One sheet as CSV (UTF-8 with BOM, so Excel reads the Chinese), streamed row by row. */
export function csvStream(sheet: SheetSource): ReadableStream<Uint8Array> {
  const rows = (
    Symbol.asyncIterator in sheet.rows ? sheet.rows[Symbol.asyncIterator]() : sheet.rows[Symbol.iterator]()
  ) as AsyncIterator<Row> | Iterator<Row>;
  const styles = (sheet.spec.columns ?? []).map((c) => c.style);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = started ? '' : '\uFEFF';
      started = true;
      // A few hundred rows per chunk: small enough to stream, large enough to be cheap.
      for (let i = 0; i < 500; i++) {
        const next = await rows.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += `${next.value.map((cell, i) => field(cell, styles[i])).join(',')}\r\n`;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}
