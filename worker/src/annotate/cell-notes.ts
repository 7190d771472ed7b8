/**
 * The messages as legacy cell comments (notes): `xl/commentsN.xml` holds the text and
 * `xl/drawings/vmlDrawingN.vml` the boxes, which Excel, WPS and LibreOffice all show. A sheet
 * that already has comments keeps them: ours are added to its parts, and a cell the clerk
 * already commented gets our text after theirs, since a cell holds one comment.
 */
import { columnLetter } from '#shared/index.ts';
import { cellText, escapeCellText } from '../xlsx/xml-text.ts';
import { damaged } from './refusal.ts';
import { appendInto, attrOf, findEndTag, prefixOf, tagPattern } from './xml-edit.ts';

export interface CellNote {
  readonly row: number;
  /** 0-based. */
  readonly col: number;
  readonly text: string;
}

export const NOTE_AUTHOR = '清风台账';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const run = (p: string, text: string): string =>
  `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/></${p}rPr><${p}t xml:space="preserve">${escapeCellText(cellText(text))}</${p}t></${p}r>`;

const refOf = (note: CellNote): string => `${columnLetter(note.col)}${note.row}`;

export interface MergedComments {
  readonly xml: string;
  /** Notes on cells that had no comment yet: each needs a box in the VML part. */
  readonly boxed: CellNote[];
}

export function commentsXml(existing: string | null, notes: readonly CellNote[]): MergedComments {
  if (existing === null) {
    const list = notes.map((n) => `<comment ref="${refOf(n)}" authorId="0"><text>${run('', n.text)}</text></comment>`);
    return {
      xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${NOTE_AUTHOR}</author></authors><commentList>${list.join('')}</commentList></comments>`,
      boxed: [...notes],
    };
  }
  const p = prefixOf(/<(?:[A-Za-z_][\w.-]*:)?comments(?=[\s>])/.exec(existing)?.[0] ?? '');
  const authors = [...existing.matchAll(tagPattern('author'))].length;
  let xml = appendInto(existing, 'authors', `<${p}author>${NOTE_AUTHOR}</${p}author>`);
  if (xml === null) throw damaged('comments <authors>');
  const commented = new Map<string, number>();
  for (const m of xml.matchAll(tagPattern('comment')))
    commented.set((attrOf(m[0], 'ref') ?? '').toUpperCase(), m.index);
  const boxed: CellNote[] = [];
  const added: string[] = [];
  // Appending to an existing comment shifts what follows, so those edits go last to first.
  const appended: { at: number; text: string }[] = [];
  for (const note of notes) {
    const at = commented.get(refOf(note));
    if (at === undefined) {
      boxed.push(note);
      added.push(
        `<${p}comment ref="${refOf(note)}" authorId="${authors}"><${p}text>${run(p, note.text)}</${p}text></${p}comment>`,
      );
      continue;
    }
    const end = findEndTag(xml, 'text', at);
    if (end >= 0) appended.push({ at: end, text: run(p, `\n${note.text}`) });
  }
  for (const { at, text } of appended.sort((a, b) => b.at - a.at)) xml = xml.slice(0, at) + text + xml.slice(at);
  if (added.length > 0) {
    xml = appendInto(xml, 'commentList', added.join(''));
    if (xml === null) throw damaged('comments <commentList>');
  }
  return { xml, boxed };
}

const SHAPE_TYPE = 'qf_note';

/** Excel numbers a drawing's shapes from `block × 1024`; a block of its own keeps ours apart from any others. */
function shape(note: CellNote, id: number, namespaces: string): string {
  const r = note.row - 1;
  const anchor = `${note.col + 1}, 15, ${Math.max(r - 1, 0)}, 10, ${note.col + 3}, 15, ${r + 3}, 4`;
  return (
    `<v:shape${namespaces} id="_x0000_s${id}" type="#${SHAPE_TYPE}" style="position:absolute;margin-left:80pt;margin-top:2pt;width:180pt;height:70pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${note.col}</x:Column></x:ClientData></v:shape>`
  );
}

const shapeType = (namespaces: string): string =>
  `<v:shapetype${namespaces} id="${SHAPE_TYPE}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const VML_NS =
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

export function vmlXml(existing: string | null, notes: readonly CellNote[], block: number): string {
  if (existing === null) {
    const shapes = shapeType('') + notes.map((n, i) => shape(n, block * 1024 + 1 + i, '')).join('');
    return `<xml ${VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${shapes}</xml>`;
  }
  // A drawing may bind v:, o: and x: otherwise or per element (openpyxl writes ns0:, ns1:…), so
  // each of our elements binds its own prefixes; Excel reads openpyxl's drawings written so.
  const end = existing.lastIndexOf('</xml>');
  if (end < 0) throw damaged('VML drawing');
  const own = ` ${VML_NS}`;
  const shapes = shapeType(own) + notes.map((n, i) => shape(n, block * 1024 + 1 + i, own)).join('');
  return existing.slice(0, end) + shapes + existing.slice(end);
}
