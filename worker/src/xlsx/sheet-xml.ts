/** One worksheet part, produced piecewise: head, one string per row, foot. */
import { letter } from './cell-ref.ts';
import { dataValidationsXml, type ListReference } from './data-validation.ts';
import { rowHeight } from '#shared/template/text-layout.ts';
import { inTable, styleIndex } from './styles.ts';
import type { CellValue, PrintSpec, Row, SheetSpec } from './types.ts';
import { escapeAttribute, escapeText, inlineString } from './xml-text.ts';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

function paneXml(rows: number, columns: number): string {
  if (rows <= 0 && columns <= 0) return '';
  const topLeft = `${letter(Math.max(0, columns))}${Math.max(0, rows) + 1}`;
  const active = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''}` +
    ` topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

export function sheetHead(spec: SheetSpec, selected: boolean): string {
  const view = `<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>`;
  const pane = paneXml(spec.freeze?.rows ?? 0, spec.freeze?.columns ?? 0);
  const cols = (spec.columns ?? []).map((c, i) => {
    const style = c.style === undefined ? '' : ` style="${styleIndex[c.style]}"`;
    return `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${style}${c.hidden ? ' hidden="1"' : ''}/>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews>${pane === '' ? view.replace('>', '/>') : `${view}${pane}</sheetView>`}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="13.5"/>' +
    (cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '') +
    '<sheetData>'
  );
}

/** Style index of each column for bare values (0: none). */
export function columnStyles(spec: SheetSpec): number[] {
  return (spec.columns ?? []).map((c) => (c.style === undefined ? 0 : styleIndex[c.style]));
}

/**
 * `<row>` for 1-based row `r`; '' for a row with nothing to write. `tableWidths`, the column
 * widths, when the row belongs to the sheet's table: then every column gets a bordered cell and
 * the height follows the wrapped text, unless the sheet names one.
 */
export function rowXml(
  row: Row,
  r: number,
  columnStyle: readonly number[],
  height: number | undefined,
  tableWidths?: readonly number[],
): string {
  if (r > MAX_ROWS) throw new RangeError(`more than ${MAX_ROWS} rows`);
  if (row.length > MAX_COLUMNS) throw new RangeError(`row ${r} has more than ${MAX_COLUMNS} cells`);
  // An empty row stays empty, so a table can be split by blank lines.
  const table = tableWidths !== undefined && row.length > 0;
  const texts: (readonly [string, number])[] = [];
  let cells = '';
  for (let c = 0; c < (table ? Math.max(row.length, tableWidths.length) : row.length); c++) {
    const cell = row[c] ?? null;
    let value: CellValue | undefined;
    let style = columnStyle[c] ?? 0;
    if (cell === null || typeof cell !== 'object') {
      value = cell;
    } else {
      value = cell.value;
      if (cell.style !== undefined) style = styleIndex[cell.style];
    }
    if (table) {
      style = inTable(style);
      if (typeof value === 'string' && value !== '') texts.push([value, tableWidths[c] ?? 8.43]);
    }
    const s = style === 0 ? '' : ` s="${style}"`;
    if (typeof value === 'string') {
      const is = inlineString(value);
      if (is !== '') {
        cells += `<c r="${letter(c)}${r}"${s} t="inlineStr">${is}</c>`;
        continue;
      }
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      cells += `<c r="${letter(c)}${r}"${s}><v>${value}</v></c>`;
      continue;
    }
    // Blank (or not writable): only a styled cell is worth an element.
    if (s !== '') cells += `<c r="${letter(c)}${r}"${s}/>`;
  }
  const rowHeightPt = height ?? (texts.length > 0 ? rowHeight(texts) : undefined);
  const ht = rowHeightPt === undefined ? '' : ` ht="${rowHeightPt}" customHeight="1"`;
  return cells === '' && ht === '' ? '' : `<row r="${r}"${ht}>${cells}</row>`;
}

export function sheetFoot(spec: SheetSpec, listReference: ListReference): string {
  const merges = spec.merges ?? [];
  return (
    '</sheetData>' +
    (spec.autoFilter === undefined ? '' : `<autoFilter ref="${escapeAttribute(spec.autoFilter)}"/>`) +
    (merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttribute(m)}"/>`).join('')}</mergeCells>`) +
    dataValidationsXml(spec.validations ?? [], listReference) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetupXml(spec.print) +
    headerFooterXml(spec.print) +
    '</worksheet>'
  );
}

function pageSetupXml(print: PrintSpec | undefined): string {
  if (!print?.landscape && !print?.fitToWidth) return '';
  // fitToHeight 0: as many pages down as the rows need.
  const fit = print.fitToWidth ? ` fitToWidth="1" fitToHeight="${print.fitToHeight ?? 0}"` : '';
  return `<pageSetup paperSize="9"${print.landscape ? ' orientation="landscape"' : ''}${fit}/>`;
}

/** Header and footer text in Excel's codes: & starts a code, so a literal one is doubled. */
function headerFooterXml(print: PrintSpec | undefined): string {
  const centred = (text: string): string => `&C${text.replaceAll('&', '&&')}`;
  const header = print?.header === undefined ? '' : `<oddHeader>${escapeText(centred(print.header))}</oddHeader>`;
  const footer =
    print?.footer === undefined
      ? ''
      : `<oddFooter>${escapeText(centred(print.footer).replaceAll('{page}', '&P').replaceAll('{pages}', '&N'))}</oddFooter>`;
  return header === '' && footer === '' ? '' : `<headerFooter>${header}${footer}</headerFooter>`;
}
