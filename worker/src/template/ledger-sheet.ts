/** One blank ledger sheet of the standard .xlsx template, from the shared layout. */
import type { LedgerDefinition } from '#shared/index.ts';
import { HEADER_ROW, ledgerLayout, TITLE_HEIGHT, TITLE_ROW, type ColumnFormat } from '#shared/template/layout.ts';
import { rangeRef, type Cell, type ColumnSpec, type Row, type SheetSource, type StyleName } from '../xlsx/index.ts';

const STYLE_OF: Readonly<Record<ColumnFormat, StyleName>> = { text: 'text', date: 'date', integer: 'integer' };

export function ledgerSheet(def: LedgerDefinition, year: number, unitName: string | undefined): SheetSource {
  const layout = ledgerLayout(def, year, unitName);
  const columns = layout.columns.map(
    (c): ColumnSpec => (c.format === null ? { width: c.width } : { width: c.width, style: STYLE_OF[c.format] }),
  );
  const headerRow: Row = layout.columns.map(
    (c): Cell => ({ value: c.header, style: c.required ? 'headerRequired' : 'header' }),
  );
  const titleRow: Row = [{ value: layout.title, style: 'title' }];
  return {
    spec: {
      name: layout.sheetName,
      columns,
      freeze: { rows: HEADER_ROW },
      print: { landscape: true, fitToWidth: true },
      rowHeights: { [TITLE_ROW]: TITLE_HEIGHT, [HEADER_ROW]: layout.headerHeight },
      merges: [rangeRef(0, TITLE_ROW, layout.columns.length - 1, TITLE_ROW)],
      validations: layout.columns.map((c) => c.validation),
    },
    rows: [titleRow, headerRow],
  };
}
