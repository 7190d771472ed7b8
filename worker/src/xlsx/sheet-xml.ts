/** One worksheet part, produced piecewise: head, the rows in bytes, foot. */
import { letter } from './cell-ref.ts';
import { dataValidationsXml, type ListReference } from './data-validation.ts';
import { rowHeight } from '#shared/template/text-layout.ts';
import { inTable, styleIndex } from './styles.ts';
import type { CellValue, PrintSpec, Row, SheetSpec } from './types.ts';
import { ascii, type XmlBytes } from './xml-bytes.ts';
import { cellXmlText, escapeAttribute, escapeText, preservesSpace } from './xml-text.ts';

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

const ROW_OPEN = ascii('<row r="');
const HEIGHT_OPEN = ascii('" ht="');
const HEIGHT_CLOSE = ascii('" customHeight="1">');
const ROW_OPEN_CLOSE = ascii('">');
const ROW_CLOSE = ascii('</row>');
const STRING_OPEN = ascii(' t="inlineStr"><is><t>');
const STRING_OPEN_PRESERVE = ascii(' t="inlineStr"><is><t xml:space="preserve">');
const STRING_CLOSE = ascii('</t></is></c>');
const NUMBER_OPEN = ascii('><v>');
const NUMBER_CLOSE = ascii('</v></c>');
const EMPTY_CLOSE = ascii('/>');

/** `<c r="AB` of each column by 0-based index, made once: every cell starts with one. */
const cellOpens: Uint8Array[] = [];
const cellOpen = (c: number): Uint8Array => (cellOpens[c] ??= ascii(`<c r="${letter(c)}`));
/** What follows the row number of a cell's reference: the closing quote and its style, if any. */
const styleAttributes: Uint8Array[] = [];
const styleAttribute = (style: number): Uint8Array =>
  (styleAttributes[style] ??= ascii(style === 0 ? '"' : `" s="${style}"`));

/**
 * The `<row>`s of one sheet, written into bytes as they come. A table row (from
 * `table.fromRow` on) gets a bordered cell in every column and a height that follows its
 * wrapped text, unless the sheet names one.
 */
export class SheetRows {
  private r = 0;
  private readonly columnStyle: readonly number[];
  private readonly heights: Readonly<Record<number, number>>;
  private readonly tableFrom: number;
  private readonly widths: readonly number[];

  constructor(spec: SheetSpec) {
    const columns = spec.columns ?? [];
    this.columnStyle = columns.map((c) => (c.style === undefined ? 0 : styleIndex[c.style]));
    this.heights = spec.rowHeights ?? {};
    this.tableFrom = spec.table?.fromRow ?? Infinity;
    this.widths = columns.map((c) => c.width);
  }

  /** The next row into `out`; nothing for a row with nothing to write. */
  write(out: XmlBytes, row: Row): void {
    const r = ++this.r;
    if (r > MAX_ROWS) throw new RangeError(`more than ${MAX_ROWS} rows`);
    if (row.length > MAX_COLUMNS) throw new RangeError(`row ${r} has more than ${MAX_COLUMNS} cells`);
    // An empty row stays empty, so a table can be split by blank lines.
    const table = r >= this.tableFrom && row.length > 0;
    const height = this.heights[r] ?? (table ? this.textHeight(row) : undefined);
    const start = out.length;
    out.raw(ROW_OPEN);
    const digitsAt = out.length;
    out.number(r);
    const digits = out.length - digitsAt;
    if (height === undefined) out.raw(ROW_OPEN_CLOSE);
    else {
      out.raw(HEIGHT_OPEN);
      out.number(height);
      out.raw(HEIGHT_CLOSE);
    }
    const cellsAt = out.length;
    const count = table ? Math.max(row.length, this.widths.length) : row.length;
    for (let c = 0; c < count; c++) {
      const cell = row[c] ?? null;
      let value: CellValue | undefined;
      let style = this.columnStyle[c] ?? 0;
      if (cell === null || typeof cell !== 'object') {
        value = cell;
      } else {
        value = cell.value;
        if (cell.style !== undefined) style = styleIndex[cell.style];
      }
      if (table) style = inTable(style);
      if (typeof value === 'string') {
        const text = cellXmlText(value);
        if (text !== '') {
          out.raw(cellOpen(c));
          out.again(digitsAt, digits);
          out.raw(styleAttribute(style));
          out.raw(preservesSpace(text) ? STRING_OPEN_PRESERVE : STRING_OPEN);
          out.text(text);
          out.raw(STRING_CLOSE);
          continue;
        }
      } else if (typeof value === 'number' && Number.isFinite(value)) {
        out.raw(cellOpen(c));
        out.again(digitsAt, digits);
        out.raw(styleAttribute(style));
        out.raw(NUMBER_OPEN);
        out.number(value);
        out.raw(NUMBER_CLOSE);
        continue;
      }
      // Blank (or not writable): only a styled cell is worth an element.
      if (style !== 0) {
        out.raw(cellOpen(c));
        out.again(digitsAt, digits);
        out.raw(styleAttribute(style));
        out.raw(EMPTY_CLOSE);
      }
    }
    if (out.length === cellsAt && height === undefined) out.truncate(start);
    else out.raw(ROW_CLOSE);
  }

  /** The height of a table row from its text and the column widths; undefined for a row without text. */
  private textHeight(row: Row): number | undefined {
    const texts: (readonly [string, number])[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? null;
      const value = cell === null || typeof cell !== 'object' ? cell : cell.value;
      if (typeof value === 'string' && value !== '') texts.push([value, this.widths[c] ?? 8.43]);
    }
    return texts.length > 0 ? rowHeight(texts) : undefined;
  }
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
