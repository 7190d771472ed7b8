/**
 * `xl/styles.xml` with the few formats the annotation needs appended: a problem cell keeps its
 * own format (number format, font, border, alignment) and gets the severity's fill; the
 * 校验问题 sheet gets a bold header and link-blue text. Existing formats keep their indexes.
 */
import type { Severity } from '#shared/index.ts';
import { highlightColour } from '#shared/validate/highlight-colour.ts';
import { appendInto, findEndTag, findTag, prefixOf, recount, withAttr } from './xml-edit.ts';
import { damaged } from './refusal.ts';

export type TextLook = 'bold' | 'link';

/** For a package that has no styles part (rare, hand-made): one font, the two required fills, one format. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

interface Section {
  readonly items: string[];
  readonly added: string[];
}

function sectionOf(xml: string, list: string, item: string): Section {
  const open = findTag(xml, list);
  if (!open) throw damaged(`styles.xml <${list}>`);
  if (open.selfClosing) return { items: [], added: [] };
  const end = findEndTag(xml, list, open.to);
  const p = prefixOf(open.text);
  const pattern = new RegExp(
    `<${p}${item}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</${p}${item}\\s*>)`,
    'g',
  );
  return { items: xml.slice(open.to, end).match(pattern) ?? [], added: [] };
}

export class StylesPatch {
  private readonly source: string;
  private readonly prefix: string;
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly xfs: Section;
  private readonly made = new Map<string, number>();

  constructor(xml: string) {
    this.source = xml;
    this.prefix = prefixOf(findTag(xml, 'styleSheet')?.text ?? '');
    this.fonts = sectionOf(xml, 'fonts', 'font');
    this.fills = sectionOf(xml, 'fills', 'fill');
    this.xfs = sectionOf(xml, 'cellXfs', 'xf');
  }

  /** The format of cell format `base` with the severity's fill. */
  filled(base: number, severity: Severity): number {
    return this.once(`fill ${base} ${severity}`, () => {
      const p = this.prefix;
      const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(highlightColour[severity])}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
      const fillId = this.push(this.fills, fill);
      const xf = this.baseXf(base);
      const start = findTag(xf, 'xf') ?? { text: xf, to: xf.length };
      const tag = withAttr(withAttr(start.text, 'fillId', String(fillId)), 'applyFill', '1');
      return this.push(this.xfs, tag + xf.slice(start.to));
    });
  }

  /** A plain cell format whose font is the workbook's default font, bold or as a link. */
  text(look: TextLook): number {
    return this.once(`text ${look}`, () => {
      const p = this.prefix;
      const font = this.fonts.items[0] ?? `<${p}font><${p}sz val="11"/></${p}font>`;
      const open = /^<[^>]*?>/.exec(font)?.[0] ?? `<${p}font>`;
      const body = font.endsWith('/>') ? '' : font.slice(open.length, font.lastIndexOf('<'));
      const marks = look === 'bold' ? `<${p}b val="1"/>` : `<${p}u val="single"/><${p}color rgb="FF0563C1"/>`;
      const kept = look === 'bold' ? body : body.replace(new RegExp(`<${p}color(?=[\\s/>])[^>]*/>`, 'g'), '');
      const fontId = this.push(this.fonts, `<${p}font>${marks}${kept}</${p}font>`);
      return this.push(
        this.xfs,
        `<${p}xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
      );
    });
  }

  toXml(): string {
    let xml = this.source;
    for (const [list, section] of [
      ['fonts', this.fonts],
      ['fills', this.fills],
      ['cellXfs', this.xfs],
    ] as const) {
      if (section.added.length === 0) continue;
      xml = appendInto(xml, list, section.added.join('')) ?? xml;
      xml = recount(xml, list, section.items.length + section.added.length);
    }
    return xml;
  }

  get changed(): boolean {
    return this.made.size > 0;
  }

  private baseXf(base: number): string {
    const xf = this.xfs.items[base] ?? this.xfs.items[0];
    if (xf !== undefined) return xf;
    return `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }

  private push(section: Section, item: string): number {
    section.added.push(item);
    return section.items.length + section.added.length - 1;
  }

  private once(key: string, make: () => number): number {
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const index = make();
    this.made.set(key, index);
    return index;
  }
}
