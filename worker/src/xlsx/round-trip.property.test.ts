/** Whatever a clerk or a database hands over, readXlsx gets back what was written. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { xlsxStream } from './index.ts';
import { cellText } from './xml-text.ts';

const bytesOf = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> =>
  new Uint8Array(await new Response(stream).arrayBuffer());

/** Marker cells on both sides pin the used range, which otherwise starts at the first non-blank. */
async function roundTrip(row: readonly (string | number)[]): Promise<unknown[]> {
  const book = await readXlsx(await bytesOf(xlsxStream([{ spec: { name: 'S' }, rows: [['[', ...row, ']']] }])));
  return book.sheets[0]?.values[0]?.slice(1, -1) ?? [];
}

/** Strings as hostile as they come: any UTF-16 unit (lone surrogates too), markup, Excel escapes. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      ']]>',
      '_x0041_',
      '_x005F_',
      '_x',
      '\r',
      '\n',
      '\r\n',
      '\t',
      ' ',
      '\u3000',
      '=',
      '@',
      '+',
      '-',
    ),
    fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 40,
});

function expected(row: readonly (string | number)[]): unknown[] {
  return row.map((v) => (typeof v === 'string' ? cellText(v) || null : Object.is(v, -0) ? 0 : v));
}

describe('write → readXlsx round trip', () => {
  it('any string comes back as written, less the characters XML 1.0 forbids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 8 }), async (row) => {
        expect(await roundTrip(row)).toEqual(expected(row));
      }),
      { numRuns: 300 },
    );
  });

  it('any finite number comes back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 }),
        async (row) => {
          expect(await roundTrip(row)).toEqual(expected(row));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the forbidden characters are exactly the ones XML 1.0 leaves out', () => {
    for (let u = 0; u <= 0xffff; u++) {
      const ch = String.fromCharCode(u);
      const allowed = u === 0x9 || u === 0xa || u === 0xd || (u >= 0x20 && u <= 0xd7ff) || (u >= 0xe000 && u <= 0xfffd);
      expect(cellText(ch), `U+${u.toString(16)}`).toBe(allowed ? ch : '');
    }
    expect(cellText('\ud83d\ude00')).toBe('😀');
  });
});
