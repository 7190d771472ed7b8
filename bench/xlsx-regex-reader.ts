/**
 * The "obvious" reader, as a baseline: unzip the parts whole, decode each to one
 * string, pull cells out with regular expressions. First sheet only, no rich-text or
 * phonetic handling, no limits: it shows the cost of materialising the XML.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { CellValue } from '#shared/cells/cell-value.ts';
import { denseRows, type Grid } from './xlsx-grid.ts';

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m: string, name: string) => ENTITIES[name] ?? '');
}

export function readWithRegex(bytes: Uint8Array): Grid[] {
  const files = unzipSync(bytes, { filter: (file) => file.name === SHEET || file.name === STRINGS });
  const sheetBytes = files[SHEET];
  if (sheetBytes === undefined) return [];
  const stringsBytes = files[STRINGS];
  const shared =
    stringsBytes === undefined
      ? []
      : [...strFromU8(stringsBytes).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((item) =>
          [...(item[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => decode(t[1] ?? '')).join(''),
        );
  const rows = new Map<number, CellValue[]>();
  const cell = /<c r="([A-Z]+)([0-9]+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (const match of strFromU8(sheetBytes).matchAll(cell)) {
    const [, letters = '', rowText = '', attrs = '', body = ''] = match;
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    if (v === undefined) continue;
    const type = /t="([a-zA-Z]+)"/.exec(attrs)?.[1] ?? 'n';
    const value: CellValue =
      type === 's' ? (shared[Number(v)] ?? null) : type === 'b' ? v === '1' : type === 'n' ? Number(v) : decode(v);
    let col = 0;
    for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(rowText);
    let values = rows.get(row);
    if (values === undefined) rows.set(row, (values = []));
    values[col - 1] = value;
  }
  return [denseRows(rows)];
}
