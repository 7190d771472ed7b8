/**
 * xl/sharedStrings.xml: one string per `<si>`, rich-text runs joined, phonetic guides
 * (`<rPh>`, furigana/pinyin) left out as Excel's cell value leaves them out.
 */
import type { XmlHandler } from './xml-scanner.ts';
import type { XmlTag } from './xml-tag.ts';
import { boundedSharedString, MAX_RAW_CELL_TEXT } from './cell-text.ts';
import { decodeExcelEscapes, xmlText } from './xml-text.ts';

export class SharedStringsHandler implements XmlHandler {
  wantText = false;
  readonly strings: string[] = [];
  private inItem = false;
  private phoneticDepth = 0;
  private buffer = '';

  open(tag: XmlTag): undefined {
    if (tag.is('si')) {
      this.inItem = true;
      this.buffer = '';
    } else if (tag.is('t')) {
      this.wantText = this.inItem && this.phoneticDepth === 0;
    } else if (tag.is('rPh')) {
      this.phoneticDepth++;
    }
  }

  close(tag: XmlTag): void {
    if (tag.is('t')) {
      this.wantText = false;
    } else if (tag.is('rPh')) {
      this.phoneticDepth--;
    } else if (tag.is('si')) {
      this.inItem = false;
      this.strings.push(boundedSharedString(decodeExcelEscapes(this.buffer)));
    }
  }

  text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (this.buffer.length <= MAX_RAW_CELL_TEXT) this.buffer += xmlText(b, from, to, cdata);
  }
}
