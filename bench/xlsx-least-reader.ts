/**
 * A reference for the reader's figure (bench/xlsx-read-floor.ts), not a goal: about the least
 * a JavaScript reader does on the bench workbook. The floor's inflate (node:zlib
 * `inflateRawSync` of the same parts, whole), then one pass over each part for what any
 * correct reader must take out of it: every shared string decoded (the part in one TextDecoder
 * call, then cut), and every cell's row, column, type and value in a bare byte loop, numbers
 * parsed and shared strings looked up by index, handed row by row to the engine as
 * checkUpload hands them (checked once against readUpload's rows: the same, cell for cell). Nothing else: no well-formedness
 * checks, no limits, no streaming bound, only the markup this workbook holds (`<c r t s>`,
 * `<v>`, `<si><t>`), so a file it was not written for reads wrong.
 */
import { inflateRawSync } from 'node:zlib';
import type { CellValue } from '#shared/cells/cell-value.ts';
import type { RowSink } from '#shared/validate/validate-sheet.ts';
import type { ValidateOptions, ValidationSummary } from '#shared/validate/workbook-check.ts';
import { WorkbookCheck } from '#shared/validate/workbook-check.ts';
import { decodeXmlText } from '#shared/xlsx/xml-text.ts';
import { entryBytes, openZip } from '#shared/xlsx/zip-entries.ts';

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
/** The bench workbook's one sheet (bench/xlsx-fixture.ts). */
export const LEAST_SHEET = '廉政教育活动台账';

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const utf8 = new TextDecoder();

/** The floor's inflate of the parts it inflates, by name. */
export function inflateParts(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = openZip(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const e of zip.entries.values()) {
    if (e.method !== 8 || e.name.startsWith('docProps/app') || e.name.startsWith('docProps/core')) continue;
    parts.set(e.name, inflateRawSync(entryBytes(zip, e), { chunkSize: Math.max(64, e.uncompressedSize) }));
  }
  return parts;
}

/**
 * Every `<si>`'s text: its `<t>` runs joined, entities decoded where there is a `&`. The part is
 * decoded from UTF-8 in one call and cut into slices: a TextDecoder call per string costs more.
 */
export function leastStrings(b: Uint8Array): string[] {
  const xml = utf8.decode(b);
  const out: string[] = [];
  let item = '';
  for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
    const c = xml.charCodeAt(i + 1);
    if (c === 115 /* s */ && xml.charCodeAt(i + 2) === 105 /* i */ && xml.charCodeAt(i + 3) === GT) {
      item = '';
    } else if (c === 116 /* t */ && (xml.charCodeAt(i + 2) === GT || xml.charCodeAt(i + 2) === 32)) {
      const from = xml.indexOf('>', i + 2) + 1;
      i = xml.indexOf('<', from);
      const text = xml.slice(from, i);
      item += text.indexOf('&') < 0 ? text : decodeXmlText(text);
    } else if (c === SLASH && xml.charCodeAt(i + 2) === 115 && xml.charCodeAt(i + 3) === 105) {
      out.push(item);
    }
  }
  return out;
}

/** Each row's cells from its first valued column, as RowStream passes them (0-based `first`). */
export function leastRows(b: Uint8Array, strings: readonly string[], sink: RowSink): void {
  const n = b.length;
  let row = 0;
  let first = -1;
  let cells: CellValue[] = [];
  for (let i = 0; i < n; i++) {
    if (b[i] !== LT) continue;
    const c = b[i + 1];
    if (c === 99 /* c */ && b[i + 2] === 32) {
      let p = i + 3;
      let col = 0;
      let shared = false;
      // Attributes: r="B12" (letters give the column), t="s", anything else skipped.
      while (b[p] !== GT && b[p] !== SLASH) {
        const name = b[p];
        p += 3; // `x="`
        if (name === 114 /* r */) {
          for (let d = b[p]!; d >= 65; d = b[++p]!) col = col * 26 + (d - 64);
        } else if (name === 116 /* t */) {
          shared = b[p] === 115 && b[p + 1] === QUOTE;
        }
        while (b[p] !== QUOTE) p++;
        p++;
        if (b[p] === 32) p++;
      }
      if (b[p] === SLASH) {
        i = p + 1;
        continue;
      }
      // `><v>`, the value's digits, `</v></c>`.
      p += 4;
      let value = 0;
      let scale = 0;
      let negative = false;
      let d = b[p]!;
      if (d === 45 /* - */) {
        negative = true;
        d = b[++p]!;
      }
      for (; d !== LT; d = b[++p]!) {
        if (d === 46 /* . */) scale = 1;
        else {
          value = value * 10 + (d - 48);
          scale *= 10;
        }
      }
      if (scale > 1) value /= scale;
      if (negative) value = -value;
      if (first < 0) first = col - 1;
      const index = col - 1 - first;
      while (cells.length < index) cells.push(null);
      cells.push(shared ? (strings[value] ?? null) : value);
      i = p + 7; // the last byte of `</v></c>`
    } else if (c === 114 /* r */ && b[i + 2] === 111 /* o */ && b[i + 3] === 119 /* w */) {
      if (first >= 0) sink(row, first, cells);
      let p = i + 8; // `<row r="`
      row = 0;
      for (let d = b[p]!; d !== QUOTE; d = b[++p]!) row = row * 10 + (d - 48);
      first = -1;
      cells = [];
      i = p;
    }
  }
  if (first >= 0) sink(row, first, cells);
}

/** The least reader whole: inflate, strings, rows into the engine, its verdict. */
export function leastCheck(bytes: Uint8Array, options: ValidateOptions): ValidationSummary {
  const parts = inflateParts(bytes);
  const strings = leastStrings(parts.get(STRINGS) ?? new Uint8Array(0));
  const sheet = parts.get(SHEET) ?? new Uint8Array(0);
  return checkRows(options, (sink) => leastRows(sheet, strings, sink));
}

/** The engine as checkUpload drives it: the sheet's rows, then again those it asks for. */
export function checkRows(options: ValidateOptions, rows: (sink: RowSink) => void): ValidationSummary {
  const check = new WorkbookCheck(options, null);
  const sheet = check.sheet(LEAST_SHEET);
  if (sheet === null) throw new Error(`no ledger named ${LEAST_SHEET}`);
  rows((row, first, cells) => sheet.row(row, first, cells));
  const again = check.rereadSink(LEAST_SHEET);
  if (again !== null) rows(again);
  return check.finish();
}
