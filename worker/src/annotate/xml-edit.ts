/**
 * Surgery on the text of a package part: find a start tag, read or set one attribute, insert
 * before an end tag. Everything between the edits is kept character for character, which is
 * the point: the annotated workbook is the clerk's own file with a few marks added.
 */
import { decodeXmlText } from '#shared/xlsx/xml-text.ts';
import { escapeAttribute } from '../xlsx/xml-text.ts';

/** A start tag found in a part: where it is and its text (`<c r="F12" s="3">`). */
export interface FoundTag {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly selfClosing: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A start tag of `localName` (any namespace prefix: some writers prefix every element, `x:c`). */
export function tagPattern(localName: string): RegExp {
  return new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${escapeRegExp(localName)}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
}

export function findTag(xml: string, localName: string, from = 0): FoundTag | null {
  const pattern = tagPattern(localName);
  pattern.lastIndex = from;
  const m = pattern.exec(xml);
  if (!m) return null;
  return { from: m.index, to: m.index + m[0].length, text: m[0], selfClosing: m[0].endsWith('/>') };
}

/** Index of the end tag `</…localName>` at or after `from`, or -1. */
export function findEndTag(xml: string, localName: string, from: number): number {
  const pattern = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${escapeRegExp(localName)}\\s*>`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(xml)?.index ?? -1;
}

/** The element's qualified-name prefix (`x:` or ''), so inserted siblings match the writer's. */
export function prefixOf(tag: string): string {
  return /^<([A-Za-z_][\w.-]*:)?/.exec(tag)?.[1] ?? '';
}

export function attrOf(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return null;
  return decodeXmlText(m[1] ?? m[2] ?? '');
}

/** The tag with `name="value"`, replacing the attribute where it was or adding it at the end. */
export function withAttr(tag: string, name: string, value: string): string {
  const pair = `${name}="${escapeAttribute(value)}"`;
  const existing = new RegExp(`(\\s)${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, (_all, space: string) => `${space}${pair}`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${pair}${tag.slice(close)}`;
}

export function withoutAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** The prefix a start tag (usually the root) binds to `namespace`, or null when it binds none. */
export function prefixFor(rootTag: string, namespace: string): string | null {
  const m = new RegExp(`\\sxmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${escapeRegExp(namespace)}["']`).exec(rootTag);
  return m?.[1] ?? null;
}

/**
 * `inner` placed as the last children of the first `localName` element: before its end tag,
 * or into it when it was written self-closing. Null when the part has no such element.
 */
export function appendInto(xml: string, localName: string, inner: string): string | null {
  const open = findTag(xml, localName);
  if (!open) return null;
  if (open.selfClosing) {
    const name = open.text.slice(1).split(/[\s/>]/, 1)[0] ?? localName;
    return `${xml.slice(0, open.from)}${open.text.slice(0, -2).trimEnd()}>${inner}</${name}>${xml.slice(open.to)}`;
  }
  const end = findEndTag(xml, localName, open.to);
  if (end < 0) return null;
  return xml.slice(0, end) + inner + xml.slice(end);
}

/** Sets `count="…"` on the first `localName` tag, where a writer put one. */
export function recount(xml: string, localName: string, count: number): string {
  const tag = findTag(xml, localName);
  if (!tag || attrOf(tag.text, 'count') === null) return xml;
  return xml.slice(0, tag.from) + withAttr(tag.text, 'count', String(count)) + xml.slice(tag.to);
}
