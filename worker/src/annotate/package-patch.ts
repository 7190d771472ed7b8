/**
 * The package-level lists an added part must appear in: `[Content_Types].xml`, a relationships
 * part, and the workbook's sheet list (the new sheet goes first, every index after it shifts).
 */
import { escapeAttribute } from '../xlsx/xml-text.ts';
import { damaged } from './refusal.ts';
import { appendInto, attrOf, findTag, prefixFor, prefixOf, tagPattern, withAttr } from './xml-edit.ts';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const relTypes = {
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
} as const;

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export interface Relationships {
  xml: string;
  readonly ids: Set<string>;
}

export function relationshipsOf(xml: string | null): Relationships {
  const text = xml ?? EMPTY_RELS;
  return {
    xml: text,
    ids: new Set([...text.matchAll(tagPattern('Relationship'))].map((m) => attrOf(m[0], 'Id') ?? '')),
  };
}

/** Adds a relationship under a fresh id and returns the id. */
export function addRelationship(rels: Relationships, type: string, target: string): string {
  let n = 1;
  while (rels.ids.has(`rIdQf${n}`)) n++;
  const id = `rIdQf${n}`;
  rels.ids.add(id);
  const p = prefixOf(findTag(rels.xml, 'Relationships')?.text ?? '');
  const added = appendInto(
    rels.xml,
    'Relationships',
    `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(target)}"/>`,
  );
  if (added === null) throw damaged('workbook relationships (.rels)');
  rels.xml = added;
  return id;
}

export const contentTypes = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

/** Overrides for new parts (`/xl/comments1.xml`), and the vml extension's default if it has none. */
export function addContentTypes(xml: string, overrides: readonly (readonly [string, string])[], vml: boolean): string {
  const p = prefixOf(findTag(xml, 'Types')?.text ?? '');
  const hasVml = [...xml.matchAll(tagPattern('Default'))].some(
    (m) => attrOf(m[0], 'Extension')?.toLowerCase() === 'vml',
  );
  const added =
    (vml && !hasVml ? `<${p}Default Extension="vml" ContentType="${contentTypes.vml}"/>` : '') +
    overrides
      .map(([part, type]) => `<${p}Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`)
      .join('');
  const out = appendInto(xml, 'Types', added);
  if (out === null) throw damaged('[Content_Types].xml <Types>');
  return out;
}

/**
 * The workbook with `name` as its first sheet. Defined names scoped to a sheet and the active
 * and first visible tabs count sheets by position, so each moves up by one and still means
 * the sheet it meant; the clerk's workbook opens on the sheet it opened on.
 */
export function addFirstSheet(xml: string, name: string, relId: string): string {
  const root = findTag(xml, 'workbook');
  const sheets = findTag(xml, 'sheets');
  if (!root || !sheets || sheets.selfClosing) throw damaged('xl/workbook.xml <sheets>');
  const p = prefixOf(sheets.text);
  const ids = [...xml.matchAll(tagPattern('sheet'))].map((m) => Number(attrOf(m[0], 'sheetId') ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const r = prefixFor(root.text, REL_NS);
  const idAttr = r === null ? `xmlns:qfr="${REL_NS}" qfr:id` : `${r}:id`;
  const sheet = `<${p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" ${idAttr}="${relId}"/>`;
  let out = xml.slice(0, sheets.to) + sheet + xml.slice(sheets.to);
  out = out.replace(tagPattern('definedName'), (tag) => {
    const local = attrOf(tag, 'localSheetId');
    return local === null ? tag : withAttr(tag, 'localSheetId', String(Number(local) + 1));
  });
  return out.replace(tagPattern('workbookView'), (tag) => {
    const first = attrOf(tag, 'firstSheet');
    const moved = withAttr(tag, 'activeTab', String(Number(attrOf(tag, 'activeTab') ?? 0) + 1));
    return first === null ? moved : withAttr(moved, 'firstSheet', String(Number(first) + 1));
  });
}
