/**
 * Text as SpreadsheetML carries it. Everything a caller hands over passes through here,
 * so a clerk's text can never break the XML or turn into markup.
 */

/** Excel refuses longer cell text. */
export const MAX_CELL_CHARS = 32_767;

// XML 1.0 allows tab, LF, CR and U+0020 upwards, except lone surrogates, U+FFFE and U+FFFF.
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Cheap test that rules out almost every real cell before any replacing is done.
const SUSPECT = /[\u0000-\u001f&<>"\ud800-\udfff\ufffe\uffff]|_x/;
// Excel reads `_x0041_` as "A"; a literal one must have its underscore escaped as `_x005F_`.
const EXCEL_ESCAPE = /_(?=x[0-9a-fA-F]{4}_)/g;
const MARKUP = /[&<>"\r]/g;
const ATTRIBUTE_MARKUP = /[&<>"\r\n\t]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // A literal CR or (in attributes) LF or tab would be normalised away by every XML parser.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};
const entity = (ch: string): string => ENTITY[ch] ?? ch;

/** What a cell can hold of `text`: forbidden characters dropped, cut at Excel's limit. */
export function cellText(text: string): string {
  const clean = SUSPECT.test(text) ? text.replace(FORBIDDEN, '') : text;
  if (clean.length <= MAX_CELL_CHARS) return clean;
  const cut = clean.slice(0, MAX_CELL_CHARS);
  // Never leave half of a surrogate pair at the cut.
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Character data of a `<t>` element for `text` as returned by `cellText`. */
export function escapeCellText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(EXCEL_ESCAPE, '_x005F_').replace(MARKUP, entity);
}

/** Character data of other elements (formulas, property values): markup only. */
export function escapeText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(MARKUP, entity);
}

/** A double-quoted attribute value; line breaks survive as character references. */
export function escapeAttribute(text: string): string {
  return text.replace(FORBIDDEN, '').replace(ATTRIBUTE_MARKUP, entity);
}

// What a cell's text can hold and still be written as it is, without `xml:space` (edge spaces aside).
const NOT_PLAIN = /[\u0000-\u001f&<>"\ud800-\udfff\ufffe\uffff]|_x| {2}/;

/**
 * Whether `value` is its own `<t>` character data, needing no `xml:space` either: the hot path
 * of a big export, one regular-expression test for a typical cell.
 */
export function isPlainText(value: string): boolean {
  const n = value.length;
  return (
    n > 0 &&
    n <= MAX_CELL_CHARS &&
    value.charCodeAt(0) !== 32 &&
    value.charCodeAt(n - 1) !== 32 &&
    !NOT_PLAIN.test(value)
  );
}

/** The character data of the `<t>` of a cell holding `value` ('' when nothing is left of it). */
export function cellXmlText(value: string): string {
  if (value.length <= MAX_CELL_CHARS && !SUSPECT.test(value)) return value;
  return escapeCellText(cellText(value));
}

// Tab and LF stay literal in character data; a CR has become `&#13;` (a literal one cannot be in `text`).
const INNER_SPACE = /[\t\n]| {2}|&#13;/;

/** Whether `<t>` holding `xmlText` (from `cellXmlText`) needs `xml:space="preserve"`, which keeps what a reader would otherwise trim. */
export function preservesSpace(xmlText: string): boolean {
  const last = xmlText.length - 1;
  return xmlText.charCodeAt(0) <= 32 || xmlText.charCodeAt(last) <= 32 || INNER_SPACE.test(xmlText);
}

/** `<is>` of an inline-string cell holding `value` ('' when nothing is left of it). */
export function inlineString(value: string): string {
  if (isPlainText(value)) return `<is><t>${value}</t></is>`;
  const text = cellXmlText(value);
  if (text === '') return '';
  return preservesSpace(text) ? `<is><t xml:space="preserve">${text}</t></is>` : `<is><t>${text}</t></is>`;
}
