import type { Cell, Row, SheetSource } from '../xlsx/index.ts';

/**
 * Spreadsheet programs run a CSV cell starting with these as a formula; a leading
 * apostrophe keeps the text as typed (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(cell: Cell): string {
  const value = cell !== null && typeof cell === 'object' ? cell.value : cell;
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const encoder = new TextEncoder();

/** One sheet as CSV (UTF-8 with BOM, so Excel reads the Chinese), streamed row by row. */
export function csvStream(sheet: SheetSource): ReadableStream<Uint8Array> {
  const rows = (Symbol.asyncIterator in sheet.rows ? sheet.rows[Symbol.asyncIterator]() : sheet.rows[Symbol.iterator]()) as
    | AsyncIterator<Row>
    | Iterator<Row>;
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
        text += `${next.value.map(field).join(',')}\r\n`;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}
