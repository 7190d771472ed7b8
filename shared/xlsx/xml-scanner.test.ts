import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../cells/cell-value.ts';
import { worksheet } from './fixtures/synthetic-package.ts';
import { SheetGrid } from './sheet-grid.ts';
import { SheetHandler } from './sheet-xml.ts';
import { MalformedPartError } from './xlsx-error.ts';
import { XmlScanner, type XmlHandler } from './xml-scanner.ts';
import type { XmlTag } from './xml-tag.ts';
import { decodeUtf8, xmlAttribute, xmlText } from './xml-text.ts';
import { SharedStrings } from './shared-strings.ts';

/** Records events as text; text pieces are joined per node, as handlers do. */
class Recorder implements XmlHandler {
  readonly wantText = true;
  readonly events: string[] = [];
  private pending = '';

  open(tag: XmlTag): undefined {
    this.flush();
    const attrs: string[] = [];
    for (let k = 0; k < tag.attrCount * 4; k += 4) {
      attrs.push(
        `${decodeUtf8(tag.buf, tag.attrs[k] ?? 0, tag.attrs[k + 1] ?? 0)}=${xmlAttribute(tag.buf, tag.valueFrom(k), tag.valueTo(k))}`,
      );
    }
    this.events.push(`<${tag.name()} ${attrs.join(' ')}>`);
  }

  close(tag: XmlTag): void {
    this.flush();
    this.events.push(`</${tag.name()}>`);
  }

  text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
    this.pending += xmlText(b, from, to, cdata);
  }

  private flush(): void {
    if (this.pending !== '') this.events.push(JSON.stringify(this.pending));
    this.pending = '';
  }
}

/**
 * Feeds `bytes` in pieces through one reused buffer that is scribbled over after each
 * feed, as inflateRaw's output is: anything kept past a feed would show up as garbage.
 */
function feedInPieces(handler: XmlHandler, bytes: Uint8Array, cuts: number[]): void {
  const scanner = new XmlScanner(handler);
  const scratch = new Uint8Array(bytes.length);
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    if (cut <= from) continue;
    const piece = scratch.subarray(0, cut - from);
    piece.set(bytes.subarray(from, cut));
    scanner.feed(piece);
    piece.fill(0x3c); // '<'
    from = cut;
  }
  scanner.end();
}

const doc = new TextEncoder().encode(
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- lead -->\n<x:root xmlns:x="urn:x" a=\'1\' b = "x&gt;y">' +
    '<x:item k="清风">文本 &amp; &#x4E2D;<![CDATA[<raw>]]>尾</x:item><empty/>\n' +
    '<?pi data?><x:item>a<!-- c -->b</x:item></x:root>\n',
);

function eventsOf(cuts: number[]): string[] {
  const recorder = new Recorder();
  feedInPieces(recorder, doc, cuts);
  return recorder.events;
}

describe('XmlScanner', () => {
  const whole = eventsOf([]);

  it('reports elements, attributes and text', () => {
    expect(whole).toEqual([
      '<root xmlns:x=urn:x a=1 b=x>y>',
      '<item k=清风>',
      '"文本 & 中<raw>尾"',
      '</item>',
      '<empty >',
      '</empty>',
      '"\\n"',
      '<item >',
      '"ab"',
      '</item>',
      '</root>',
    ]);
  });

  it('gives the same events however the input is split (every single cut)', () => {
    for (let cut = 1; cut < doc.length; cut++) expect(eventsOf([cut])).toEqual(whole);
  });

  it('gives the same events for random splits, down to one byte per chunk', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(doc.length), { maxLength: 60 }), (cuts) => {
        expect(eventsOf(cuts)).toEqual(whole);
      }),
    );
    expect(eventsOf(Array.from({ length: doc.length }, (_, i) => i))).toEqual(whole);
  });

  it('rejects malformed documents', () => {
    const bad = [
      '<a><b></a>',
      '<a>',
      '<a></a><b/>',
      'text<a/>',
      '<a x=1/>',
      '<a x="1"',
      '<a/>junk',
      '',
      '<!DOCTYPE a><a/>',
    ];
    for (const xml of bad) {
      expect(() => feedInPieces(new Recorder(), new TextEncoder().encode(xml), []), xml).toThrow(MalformedPartError);
    }
  });
});

describe('SheetHandler fed in arbitrary chunks', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 40; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r}.5</v></c><c r="B${r}" t="s"><v>${r % 3}</v></c>` +
        `<c r="C${r}" t="inlineStr"><is><r><t>行${r}</t></r><rPh><t>x</t></rPh></is></c>` +
        `<c r="D${r}" t="str"><f>X</f><v>公式${r}</v></c><c r="E${r}" s="2"/></row>`,
    );
  }
  const sheet = new TextEncoder().encode(worksheet(rows.join('')));
  const strings = new SharedStrings();
  for (const text of ['零', '一', '二']) strings.add(text);
  strings.end();

  function read(cuts: number[]): CellValue[][] {
    const grid = new SheetGrid('S', 1e6, 1e6);
    feedInPieces(new SheetHandler(grid, { sharedStrings: strings, dateStyles1904: null }), sheet, cuts);
    return grid.toValues().values;
  }

  const whole = read([]);

  it('reads the sheet', () => {
    expect(whole).toHaveLength(40);
    expect(whole[6]).toEqual([7.5, '一', '行7', '公式7']);
  });

  it('gives the same values for random splits', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(sheet.length), { maxLength: 400 }), (cuts) => {
        expect(read(cuts)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });
});

/** Feeds `bytes` in pieces of `size` and returns the scanner, or what it threw. */
function scanInPieces(handler: XmlHandler, bytes: Uint8Array, size: number): { scanner: XmlScanner; error: unknown } {
  const scanner = new XmlScanner(handler);
  try {
    for (let at = 0; at < bytes.length; at += size) scanner.feed(bytes.subarray(at, at + size));
    scanner.end();
    return { scanner, error: null };
  } catch (error) {
    return { scanner, error };
  }
}

const PIECES = [1, 4 * 1024, 64 * 1024];

/**
 * A hostile part's long token, cut as DecompressionStream (64 KiB), the inflaters' input
 * steps (4 KiB) or the smallest pieces can cut it: the scanner's work is counted, not timed.
 * Re-scanning the token at every piece would examine it once per piece (5 M × 2.5 MB).
 */
describe('XmlScanner work on long tokens split across pieces', () => {
  const attribute = (bytes: number): Uint8Array =>
    new TextEncoder().encode(`<worksheet><c r="A1" x="${'x'.repeat(bytes)}"/></worksheet>`);

  for (const size of PIECES) {
    it(`refuses a 5 MB attribute cut into ${size}-byte pieces, having examined at most 3 bytes per byte`, () => {
      const xml = attribute(5 * 1024 * 1024);
      const { scanner, error } = scanInPieces(new Recorder(), xml, size);
      expect(error).toBeInstanceOf(MalformedPartError);
      expect(error).toHaveProperty('message', 'token too long');
      expect(scanner.bytesScanned).toBeLessThanOrEqual(3 * xml.length);
    });

    it(`reads a 3 MB attribute cut into ${size}-byte pieces, having examined at most 3 bytes per byte`, () => {
      const xml = attribute(3 * 1024 * 1024);
      const recorder = new Recorder();
      const { scanner, error } = scanInPieces(recorder, xml, size);
      expect(error).toBeNull();
      expect(recorder.events[1]).toHaveLength('<c r=A1 x=>'.length + 3 * 1024 * 1024);
      expect(scanner.bytesScanned).toBeLessThanOrEqual(3 * xml.length);
    });
  }

  it('examines a sheet of many short tokens fed one byte at a time at most 3 times over', () => {
    const rows = Array.from({ length: 2000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`);
    const xml = new TextEncoder().encode(worksheet(rows.join('')));
    const { scanner, error } = scanInPieces(new Recorder(), xml, 1);
    expect(error).toBeNull();
    expect(scanner.bytesScanned).toBeLessThanOrEqual(3 * xml.length);
  });

  it('hands a long text over in pieces as it comes, however small the chunks', () => {
    const xml = new TextEncoder().encode(`<a>${'文'.repeat(400_000)}</a>`);
    const pieces: number[] = [];
    const handler: XmlHandler = {
      wantText: true,
      open: () => undefined,
      close: () => {},
      text: (_b, from, to) => {
        pieces.push(to - from);
      },
    };
    const { scanner, error } = scanInPieces(handler, xml, 1);
    expect(error).toBeNull();
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(3 * 400_000);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(2 * 64 * 1024);
    expect(scanner.bytesScanned).toBeLessThanOrEqual(3 * xml.length);
  });
});
