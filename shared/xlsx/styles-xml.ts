/**
 * Which cell styles are dates. Only needed for 1904-system workbooks, where date serials
 * must be shifted to the 1900 system that Office.js reports.
 */
import type { XmlHandler } from './xml-scanner.ts';
import type { XmlTag } from './xml-tag.ts';

/**
 * Built-in date/time formats: 14-22 and 45-47 everywhere, plus 27-36 and 50-58, which
 * are the locale-dependent CJK date formats (年/月/日) a Chinese Excel writes by id.
 */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom format is a date if y/m/d/h/s appear outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhs]/i.test(bare);
}

export class StylesHandler implements XmlHandler {
  readonly wantText = false;
  private readonly customDates = new Map<number, boolean>();
  private readonly xfFormats: number[] = [];
  private inCellXfs = false;

  open(tag: XmlTag): undefined {
    if (tag.is('numFmt')) {
      const id = tag.uint('numFmtId');
      if (id >= 0) this.customDates.set(id, isDateFormatCode(tag.attr('formatCode') ?? ''));
    } else if (tag.is('cellXfs')) {
      this.inCellXfs = true;
    } else if (tag.is('xf') && this.inCellXfs) {
      this.xfFormats.push(Math.max(0, tag.uint('numFmtId')));
    }
  }

  close(tag: XmlTag): void {
    if (tag.is('cellXfs')) this.inCellXfs = false;
  }

  text(): void {}

  /** Indices into cellXfs (a cell's `s`) whose number format is a date or time. */
  dateStyles(): Set<number> {
    const dates = new Set<number>();
    this.xfFormats.forEach((id, index) => {
      if (this.customDates.get(id) ?? isBuiltInDate(id)) dates.add(index);
    });
    return dates;
  }
}
