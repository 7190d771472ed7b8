/**
 * The one styles.xml every workbook gets, and the cellXfs index of each StyleName.
 * A fixed table (not one built from the cells) so rows can be written without a second pass.
 */
import type { StyleName } from './types.ts';

// 宋体 11 has the 8-pixel "0" that shared/template/column-width.ts sizes every column with.
const FONT = '<name val="宋体"/><family val="3"/><charset val="134"/>';
const FONTS = [
  `<font><sz val="11"/>${FONT}</font>`,
  `<font><b/><sz val="11"/>${FONT}</font>`,
  `<font><b/><sz val="16"/>${FONT}</font>`,
  `<font><b/><sz val="11"/><color rgb="FFC00000"/>${FONT}</font>`,
];
const solid = (rgb: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
// Excel insists on the first two fills being exactly none and gray125.
const FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
  solid('FFDDEBF7'),
  solid('FFF2F2F2'),
  solid('FFFCE4D6'),
];
const side = (name: string): string => `<${name} style="thin"><color rgb="FF808080"/></${name}>`;
const BORDERS = [
  '<border><left/><right/><top/><bottom/><diagonal/></border>',
  `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`,
];
const DATE_FORMAT = 164;
const PERCENT_FORMAT = 165;
const DATE_TIME_FORMAT = 166;
const CUSTOM_FORMATS: Readonly<Record<number, string>> = {
  [DATE_FORMAT]: 'yyyy-mm-dd',
  [PERCENT_FORMAT]: '0.0%',
  [DATE_TIME_FORMAT]: 'yyyy-mm-dd hh:mm',
};
const NUM_FMTS = Object.entries(CUSTOM_FORMATS).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`);

interface Xf {
  numFmt?: number;
  font?: number;
  fill?: number;
  border?: number;
  alignment?: string;
}

const CENTER_WRAP = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
/** In cellXfs order; index 0 is the default every unstyled cell gets. */
const XFS: readonly (readonly [StyleName | 'default', Xf])[] = [
  ['default', {}],
  ['title', { font: 2, alignment: '<alignment horizontal="center" vertical="center"/>' }],
  ['header', { font: 1, fill: 2, border: 1, alignment: CENTER_WRAP }],
  ['headerRequired', { font: 3, fill: 2, border: 1, alignment: CENTER_WRAP }],
  ['text', { numFmt: 49 }],
  ['wrap', { alignment: '<alignment vertical="top" wrapText="1"/>' }],
  ['date', { numFmt: DATE_FORMAT }],
  ['dateTime', { numFmt: DATE_TIME_FORMAT }],
  ['integer', { numFmt: 1 }],
  ['decimal', { numFmt: 2 }],
  ['percent', { numFmt: PERCENT_FORMAT }],
  ['bold', { font: 1 }],
  ['subtotal', { font: 1, fill: 3, border: 1 }],
  ['total', { font: 1, fill: 4, border: 1 }],
];

const WRAP_CENTER = '<alignment vertical="center" wrapText="1"/>';
/** Each style again with a thin border and wrapped text, for the cells of a table (SheetSpec.table). */
const TABLE_XFS = XFS.map(
  ([, xf]): Xf => ({ ...xf, border: 1, alignment: xf.alignment?.includes('wrapText') ? xf.alignment : WRAP_CENTER }),
);

/** How many cellXfs styles.xml defines: each style, then each again as a table cell. */
export const STYLE_COUNT = 2 * XFS.length;

/** The cellXfs index of style index `index` as a table cell. */
export const inTable = (index: number): number => index + XFS.length;

export const styleIndex: Readonly<Record<StyleName, number>> = Object.fromEntries(
  XFS.flatMap(([name], index) => (name === 'default' ? [] : [[name, index]])),
) as Record<StyleName, number>;

/** Number format codes by style (built-in ids spelled out), for tests and documentation. */
export const styleNumberFormat: Readonly<Record<StyleName, string>> = Object.fromEntries(
  XFS.flatMap(([name, xf]) => (name === 'default' ? [] : [[name, formatCode(xf.numFmt ?? 0)]])),
) as Record<StyleName, string>;

function formatCode(id: number): string {
  const builtIn: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 49: '@' };
  return builtIn[id] ?? CUSTOM_FORMATS[id] ?? 'General';
}

function xfXml(xf: Xf): string {
  const applied = [
    xf.numFmt === undefined ? '' : ' applyNumberFormat="1"',
    xf.font === undefined ? '' : ' applyFont="1"',
    xf.fill === undefined ? '' : ' applyFill="1"',
    xf.border === undefined ? '' : ' applyBorder="1"',
    xf.alignment === undefined ? '' : ' applyAlignment="1"',
  ].join('');
  const open = `<xf numFmtId="${xf.numFmt ?? 0}" fontId="${xf.font ?? 0}" fillId="${xf.fill ?? 0}" borderId="${xf.border ?? 0}" xfId="0"${applied}`;
  return xf.alignment === undefined ? `${open}/>` : `${open}>${xf.alignment}</xf>`;
}

const list = (tag: string, items: readonly string[]): string =>
  `<${tag} count="${items.length}">${items.join('')}</${tag}>`;

export function stylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    list('numFmts', NUM_FMTS) +
    list('fonts', FONTS) +
    list('fills', FILLS) +
    list('borders', BORDERS) +
    list('cellStyleXfs', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
    list('cellXfs', [...XFS.map(([, xf]) => xf), ...TABLE_XFS].map(xfXml)) +
    list('cellStyles', ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>'
  );
}
