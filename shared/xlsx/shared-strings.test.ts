/**
 * The shared-string table answers as the array of strings it replaced: every index, on either
 * side of a segment's edge, with empty and long strings, and nothing for an index it lacks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedStrings, SharedStringsHandler } from './shared-strings.ts';
import { XmlScanner } from './xml-scanner.ts';

function tableOf(strings: readonly string[]): SharedStrings {
  const table = new SharedStrings();
  for (const text of strings) table.add(text);
  return table.end();
}

describe('SharedStrings', () => {
  it('gives back every string by its index, whatever the count and lengths', () => {
    const counts = fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 1020, max: 1030 }),
      fc.integer({ min: 2040, max: 3100 }),
    );
    fc.assert(
      fc.property(
        counts,
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 50 }),
        (count, pool) => {
          const strings = Array.from(
            { length: count },
            (_, i) => `${pool[i % pool.length] ?? ''}${i % 3 === 0 ? '' : i}`,
          );
          const table = tableOf(strings);
          expect(table.count).toBe(count);
          for (let i = 0; i < count; i++) {
            expect(table.get(i)).toBe(strings[i]);
            expect(table.shared(i)).toBe(strings[i]);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('has nothing for an index outside it, negative, or not a whole number', () => {
    const table = tableOf(['甲', '', '乙']);
    for (const index of [3, 1024, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(table.get(index)).toBeUndefined();
      expect(table.shared(index)).toBeUndefined();
    }
    expect(table.get(1)).toBe('');
  });
});

/** The strings of a sharedStrings part, fed to the scanner in pieces of `size` bytes. */
function readPart(xml: string, size: number): (string | undefined)[] {
  const bytes = new TextEncoder().encode(xml);
  const handler = new SharedStringsHandler();
  const scanner = new XmlScanner(handler);
  for (let at = 0; at < bytes.length; at += size) scanner.feed(bytes.subarray(at, at + size));
  scanner.end();
  const table = handler.table();
  return Array.from({ length: table.count }, (_, i) => table.get(i));
}

describe('SharedStringsHandler', () => {
  const texts = ['甲', '', 'a &amp; b &#x4E59;', 'line\r\nend', 'x_x000D_y', '  spaced  '];
  const sst = (items: readonly string[]): string => `<sst>${items.join('')}</sst>`;

  it('reads a plain <si><t> in one go as the scanner reads runs, whole or cut anywhere', () => {
    const expected = ['甲', '', 'a & b 乙', 'line\nend', 'x\ry', '  spaced  '];
    const plain = sst(texts.map((t) => `<si><t>${t}</t></si>`));
    // The same strings in forms only the scanner's path reads: runs, a preserved space, phonetic guides.
    const runs = sst(
      texts.map((t) => `<si><r><t xml:space="preserve">${t}</t></r><rPh><t>ふりがな</t></rPh><t></t></si>`),
    );
    for (const size of [1, 3, 7, 1 << 16]) {
      expect(readPart(plain, size)).toEqual(expected);
      expect(readPart(runs, size)).toEqual(expected);
    }
  });

  it('leaves a mismatched end after a plain text to the scanner, which refuses it', () => {
    expect(() => readPart('<sst><si><t>甲</t></sx></sst>', 1 << 16)).toThrow('mismatched end tag');
  });
});
