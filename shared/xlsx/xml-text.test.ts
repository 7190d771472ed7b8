import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExcelEscapes, decodeUtf8, decodeXmlText } from './xml-text.ts';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function outcome(decode: () => string): string {
  try {
    return `ok:${decode()}`;
  } catch {
    return 'error';
  }
}

describe('decodeUtf8', () => {
  it('agrees with a fatal TextDecoder on any bytes, valid or not', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new TextEncoder().encode(s)),
      fc
        .array(fc.constantFrom(0x41, 0xe5, 0xbb, 0x89, 0xef, 0xbc, 0x88, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xf0, 0x9f), {
          maxLength: 70,
        })
        .map((a) => Uint8Array.from(a)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        expect(outcome(() => decodeUtf8(b, 0, b.length))).toBe(outcome(() => strict.decode(b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a leading U+FEFF, short run or long (the round-trip property found it dropped)', () => {
    for (const text of ['\ufeff清风', '\ufeff𐀀', `\ufeff${'台账'.repeat(40)}`]) {
      const b = new TextEncoder().encode(text);
      expect(decodeUtf8(b, 0, b.length)).toBe(text);
    }
  });
});

describe('decodeXmlText and decodeExcelEscapes', () => {
  it('decodes predefined entities and character references, leaves unknown ones', () => {
    expect(decodeXmlText('&lt;a&gt; &amp;amp; &#20013;&#x6587; &nbsp; &#x110000;')).toBe(
      '<a> &amp; 中文 &nbsp; &#x110000;',
    );
  });

  it('decodes _xHHHH_ escapes in one pass, _x005F_ protecting a literal one', () => {
    expect(decodeExcelEscapes('a_x000D__x000A_b')).toBe('a\r\nb');
    expect(decodeExcelEscapes('_x005F_x000D_')).toBe('_x000D_');
    expect(decodeExcelEscapes('_x00zz_ _x41_')).toBe('_x00zz_ _x41_');
  });
});
