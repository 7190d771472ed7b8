/**
 * A sheet's `<legacyDrawing>`: the reference to the VML drawing that shows its comments. A sheet
 * has at most one, and it must stand where the schema puts it, or Excel repairs the file.
 */
import { damaged } from './refusal.ts';
import { attrOf, findEndTag, findTag, prefixFor, prefixOf } from './xml-edit.ts';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Children of a worksheet that follow `legacyDrawing` (ECMA-376 Part 1 §18.3.1.99), and the
 * `mc:AlternateContent` Excel wraps controls and OLE objects in: ours goes before the first.
 */
const AFTER_LEGACY_DRAWING = new Set([
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'AlternateContent',
]);

/**
 * Where the first child of the worksheet named in `names` starts, looking from `from` (a point
 * between its children), or -1. Only children count: an `extLst` inside a conditional format
 * is not the worksheet's.
 */
function firstChild(xml: string, from: number, names: ReadonlySet<string>): number {
  const tags = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  tags.lastIndex = from;
  let depth = 0;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1] === '/') {
      if (depth === 0) return -1;
      depth--;
    } else if (depth === 0 && names.has(m[2] ?? '')) {
      return m.index;
    } else if (m[3] !== '/') {
      depth++;
    }
  }
  return -1;
}

export function withLegacyDrawing(xml: string, relId: string): string {
  const root = findTag(xml, 'worksheet');
  const data = findTag(xml, 'sheetData');
  if (!root || !data) throw damaged('worksheet XML');
  const p = prefixOf(root.text);
  const r = prefixFor(root.text, REL_NS);
  const element =
    r === null
      ? `<${p}legacyDrawing xmlns:qfr="${REL_NS}" qfr:id="${relId}"/>`
      : `<${p}legacyDrawing ${r}:id="${relId}"/>`;
  const endTag = data.selfClosing ? -1 : findEndTag(xml, 'sheetData', data.to);
  const afterData = data.selfClosing ? data.to : endTag < 0 ? -1 : xml.indexOf('>', endTag) + 1;
  const next = afterData < 0 ? -1 : firstChild(xml, afterData, AFTER_LEGACY_DRAWING);
  const at = next >= 0 ? next : xml.lastIndexOf('</');
  return xml.slice(0, at) + element + xml.slice(at);
}

/** The r:id of the sheet's `<legacyDrawing>`, whatever prefix binds the relationships namespace. */
export function legacyDrawingId(xml: string): string | null {
  const tag = findTag(xml, 'legacyDrawing');
  if (!tag) return null;
  return /\s[A-Za-z_][\w.-]*:id\s*=\s*["']([^"']*)["']/.exec(tag.text)?.[1] ?? attrOf(tag.text, 'id');
}
