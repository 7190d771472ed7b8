/**
 * A problem sheet's XML with its problem cells given a filled format. A cell keeps everything it
 * has (value, formula, type) and gets a new `s`; a cell the file does not have (a blank the clerk
 * never typed in) is inserted where it belongs, so rows and cells stay in order.
 */
import { columnLetter, type Severity } from '#shared/index.ts';
import { columnIndex } from '#shared/validate/address.ts';
import { damaged } from './refusal.ts';
import { attrOf, findTag, prefixOf, tagPattern, withAttr, withoutAttr } from './xml-edit.ts';

/** Severity per cell: row (1-based) → column (0-based) → severity. */
export type SheetMarks = ReadonlyMap<number, ReadonlyMap<number, Severity>>;

export type Restyle = (base: number, severity: Severity) => number;

interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

const ROW_OR_END =
  /<(?:[A-Za-z_][\w.-]*:)?row(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>|<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>/g;

function columnStyles(xml: string, before: number): ColumnStyle[] {
  const styles: ColumnStyle[] = [];
  const pattern = tagPattern('col');
  for (const m of xml.slice(0, before).matchAll(pattern)) {
    const style = Number(attrOf(m[0], 'style') ?? 0);
    if (style > 0) styles.push({ min: Number(attrOf(m[0], 'min')), max: Number(attrOf(m[0], 'max')), style });
  }
  return styles;
}

const sortedKeys = <V>(map: ReadonlyMap<number, V>): number[] => [...map.keys()].sort((a, b) => a - b);

export function restyleCells(xml: string, marks: SheetMarks, restyle: Restyle): string {
  const data = findTag(xml, 'sheetData');
  if (!data) throw damaged('<sheetData>');
  const p = prefixOf(data.text);
  const cols = columnStyles(xml, data.from);
  /** A blank cell shows its row's format when the row has one, else its column's. */
  const blankStyle = (rowTag: string | null, col: number): number => {
    if (rowTag !== null && attrOf(rowTag, 'customFormat') === '1') return Number(attrOf(rowTag, 's') ?? 0);
    return cols.find((c) => c.min <= col + 1 && col + 1 <= c.max)?.style ?? 0;
  };
  const newCell = (row: number, col: number, severity: Severity, rowTag: string | null): string =>
    `<${p}c r="${columnLetter(col)}${row}" s="${restyle(blankStyle(rowTag, col), severity)}"/>`;
  const newRow = (row: number): string => {
    const cells = marks.get(row) ?? new Map<number, Severity>();
    return `<${p}row r="${row}">${sortedKeys(cells)
      .map((col) => newCell(row, col, cells.get(col) ?? 'error', null))
      .join('')}</${p}row>`;
  };

  const rows = sortedKeys(marks);
  let next = 0;
  const missingBefore = (limit: number): string => {
    let out = '';
    while (next < rows.length && (rows[next] ?? 0) < limit) out += newRow(rows[next++] ?? 0);
    return out;
  };

  if (data.selfClosing) {
    const tag = data.text.slice(0, -2).trimEnd();
    return `${xml.slice(0, data.from)}${tag}>${missingBefore(Infinity)}</${p}sheetData>${xml.slice(data.to)}`;
  }
  const out: string[] = [xml.slice(0, data.to)];
  let at = data.to;
  let rowNumber = 0;
  const rowOrEnd = new RegExp(ROW_OR_END.source, 'g');
  rowOrEnd.lastIndex = data.to;
  for (let m = rowOrEnd.exec(xml); m; m = rowOrEnd.exec(xml)) {
    const tag = m[0];
    if (tag.startsWith('</')) {
      out.push(xml.slice(at, m.index), missingBefore(Infinity), xml.slice(m.index));
      return out.join('');
    }
    rowNumber = Number(attrOf(tag, 'r') ?? rowNumber + 1);
    out.push(xml.slice(at, m.index), missingBefore(rowNumber));
    at = m.index;
    const cells = marks.get(rowNumber);
    // A row without problems is copied as it is, with whatever follows it.
    if (cells === undefined || rows[next] !== rowNumber) continue;
    next++;
    const selfClosing = tag.endsWith('/>');
    const close = selfClosing ? m.index + tag.length : rowEnd(xml, m.index + tag.length);
    const content = selfClosing ? '' : xml.slice(m.index + tag.length, close);
    const { text, inserted } = restyleRow(content, rowNumber, cells, tag, newCell, restyle);
    const openTag = inserted ? withoutAttr(tag, 'spans') : tag;
    out.push(selfClosing ? `${openTag.slice(0, -2).trimEnd()}>${text}</${p}row>` : `${openTag}${text}`);
    at = close;
    rowOrEnd.lastIndex = at;
  }
  throw damaged('</sheetData>');
}

function rowEnd(xml: string, from: number): number {
  const m = /<\/(?:[A-Za-z_][\w.-]*:)?row\s*>/g;
  m.lastIndex = from;
  const found = m.exec(xml);
  if (!found) throw damaged('</row>');
  return found.index;
}

const CELL = tagPattern('c');

function restyleRow(
  content: string,
  row: number,
  cells: ReadonlyMap<number, Severity>,
  rowTag: string,
  newCell: (row: number, col: number, severity: Severity, rowTag: string | null) => string,
  restyle: Restyle,
): { text: string; inserted: boolean } {
  const wanted = sortedKeys(cells);
  let next = 0;
  let inserted = false;
  const missingBefore = (limit: number): string => {
    let out = '';
    while (next < wanted.length && (wanted[next] ?? 0) < limit) {
      const col = wanted[next++] ?? 0;
      out += newCell(row, col, cells.get(col) ?? 'error', rowTag);
      inserted = true;
    }
    return out;
  };
  let col = -1;
  const pattern = new RegExp(CELL.source, 'g');
  const text = content.replace(pattern, (tag) => {
    const ref = attrOf(tag, 'r');
    const letters = ref === null ? null : /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(ref)?.[1];
    col = letters ? columnIndex(letters) : col + 1;
    const before = missingBefore(col);
    const severity = cells.get(col);
    if (severity === undefined || wanted[next] !== col) return before + tag;
    next++;
    const base = Number(attrOf(tag, 's') ?? 0);
    return before + withAttr(tag, 's', String(restyle(base, severity)));
  });
  return { text: text + missingBefore(Infinity), inserted };
}
