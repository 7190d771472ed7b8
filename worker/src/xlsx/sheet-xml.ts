/** One worksheet part, produced piecewise: head, the rows in bytes, foot. */
import { letter } from './cell-ref.ts';
import { dataValidationsXml, type ListReference } from './data-validation.ts';
import { lineCount, linesHeight } from '#shared/template/text-layout.ts';
import { inTable, STYLE_COUNT, styleIndex } from './styles.ts';
import type { CellValue, PrintSpec, Row, SheetSpec } from './types.ts';
import { Markup, put, putNumber, putPlainText, putText, putWords, type XmlBytes } from './xml-bytes.ts';
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

const ROW_OPEN = new Markup('<row r="');
const ROW_OPEN_END = new Markup('">');
const HEIGHT_OPEN = new Markup('" ht="');
const HEIGHT_END = new Markup('" customHeight="1">');
const ROW_CLOSE = new Markup('</row>');
const STRING_CLOSE = new Markup('</t></is></c>');
const NUMBER_CLOSE = new Markup('</v></c>');
/** The most a cell writes besides its text: `<c r="XFD1048576" s="27" t="inlineStr"><is><t xml:space="preserve">`, a number, `</t></is></c>`. */
const CELL_MARKUP = 128;

/** `<c r="AB` of each column by 0-based index, made once: every cell starts with one. */
const cellOpens: Markup[] = [];
const cellOpen = (c: number): Markup => (cellOpens[c] ??= new Markup(`<c r="${letter(c)}`));

/** What follows a cell's row number, by cellXfs index: the closing quote, the style, the opening of the value. */
const styleTails = (after: string): readonly Markup[] =>
  Array.from({ length: STYLE_COUNT }, (_, style) => new Markup(`"${style === 0 ? '' : ` s="${style}"`}${after}`));
const stringTails = styleTails(' t="inlineStr"><is><t>');
const preservedStringTails = styleTails(' t="inlineStr"><is><t xml:space="preserve">');
const numberTails = styleTails('><v>');
const emptyTails = styleTails('/>');

/** A row's number as `putWords` stores it in each cell's reference. */
interface RowNumber {
  low: number;
  high: number;
  digits: number;
}

/** A cell's opening up to its value: `<c r="`, the column, the row, then `tail`. */
function cellHead(v: DataView, p: number, c: number, r: RowNumber, tail: Markup): number {
  return put(v, putWords(v, put(v, p, cellOpen(c)), r.low, r.high, r.digits), tail);
}

/**
 * The cells, each written at `p` in `out`; each returns where it ended. One function per
 * kind, each small enough for the compiler to inline the stores it makes.
 */
function stringCell(out: XmlBytes, p: number, c: number, style: number, value: string, r: RowNumber): number {
  out.length = p;
  const b = out.room(CELL_MARKUP + value.length * 3);
  const v = out.view;
  const plain = putPlainText(b, cellHead(v, p, c, r, stringTails[style]!), value);
  if (plain >= 0) return put(v, plain, STRING_CLOSE);
  // Text to escape or clean, or with spaces to keep: written over what the plain try left.
  const text = cellXmlText(value);
  if (text === '') return -1;
  const grown = out.room(CELL_MARKUP + text.length * 3);
  const w = out.view;
  const tail = preservesSpace(text) ? preservedStringTails[style]! : stringTails[style]!;
  return put(w, putText(grown, cellHead(w, p, c, r, tail), text), STRING_CLOSE);
}

function numberCell(out: XmlBytes, p: number, c: number, style: number, value: number, r: RowNumber): number {
  out.length = p;
  const b = out.room(CELL_MARKUP);
  const v = out.view;
  return put(v, putNumber(b, cellHead(v, p, c, r, numberTails[style]!), value), NUMBER_CLOSE);
}

function blankCell(out: XmlBytes, p: number, c: number, style: number, r: RowNumber): number {
  out.length = p;
  out.room(CELL_MARKUP);
  return cellHead(out.view, p, c, r, emptyTails[style]!);
}

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
  /** The row being written's number, kept for its cells (one object, not one per row). */
  private readonly number: RowNumber = { low: 0, high: 0, digits: 0 };

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
    const b = out.room(CELL_MARKUP);
    const v = out.view;
    let p = put(v, start, ROW_OPEN);
    // The row number, written once here and stored again in each cell's reference.
    const digitsAt = p;
    p = putNumber(b, p, r);
    const number = this.number;
    number.digits = p - digitsAt;
    number.low = v.getUint32(digitsAt, true);
    number.high = v.getUint32(digitsAt + 4, true);
    if (height === undefined) p = put(v, p, ROW_OPEN_END);
    else p = put(v, putNumber(b, put(v, p, HEIGHT_OPEN), height), HEIGHT_END);
    const cellsAt = p;
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
      if (typeof value === 'string' && value !== '') {
        const end = stringCell(out, p, c, style, value, number);
        if (end >= 0) {
          p = end;
          continue;
        }
      } else if (typeof value === 'number' && Number.isFinite(value)) {
        p = numberCell(out, p, c, style, value, number);
        continue;
      }
      // Blank (or not writable): only a styled cell is worth an element.
      if (style !== 0) p = blankCell(out, p, c, style, number);
    }
    if (p === cellsAt && height === undefined) out.length = start;
    else {
      out.length = p;
      out.room(ROW_CLOSE.length);
      out.length = put(out.view, p, ROW_CLOSE);
    }
  }

  /**
   * The height of a table row from its text and the column widths; undefined for a row without
   * text. Its tallest cell's lines, counted cell by cell: nothing made per row.
   */
  private textHeight(row: Row): number | undefined {
    let lines = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? null;
      const value = cell === null || typeof cell !== 'object' ? cell : cell.value;
      if (typeof value === 'string' && value !== '') lines = Math.max(lines, lineCount(value, this.widths[c] ?? 8.43));
    }
    return lines > 0 ? linesHeight(lines) : undefined;
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
