/**
 * xl/sharedStrings.xml: one string per `<si>`, rich-text runs joined, phonetic guides
 * (`<rPh>`, furigana/pinyin) left out as Excel's cell value leaves them out.
 */
import type { XmlHandler } from './xml-scanner.ts';
import { decodeExcelEscapes, decodeXmlText } from './xml-text.ts';

export class SharedStringsHandler implements XmlHandler {
  wantText = false;
  readonly strings: string[] = [];
  private inItem = false;
  private phoneticDepth = 0;
  private buffer = '';

  open(name: string): void {
    if (name === 'si') {
      this.inItem = true;
      this.buffer = '';
    } else if (name === 't') {
      this.wantText = this.inItem && this.phoneticDepth === 0;
    } else if (name === 'rPh') {
      this.phoneticDepth++;
    }
  }

  close(name: string): void {
    if (name === 't') {
      this.wantText = false;
    } else if (name === 'rPh') {
      this.phoneticDepth--;
    } else if (name === 'si') {
      this.inItem = false;
      this.strings.push(decodeExcelEscapes(this.buffer));
    }
  }

  text(raw: string, cdata: boolean): void {
    this.buffer += cdata ? raw : decodeXmlText(raw);
  }
}
