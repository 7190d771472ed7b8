/**
 * The byte writer's fast paths against the general ones: plain text (checked while it is
 * encoded) is exactly what `isPlainText` says, in exactly `TextEncoder`'s bytes; numbers are
 * JavaScript's own spelling; and whole rows of any cells, short and long, read back as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { type Cell, type StyleName, xlsxStream } from './index.ts';
import { putNumber, putPlainText } from './xml-bytes.ts';
import { cellText, cellXmlText, isPlainText, preservesSpace } from './xml-text.ts';

/** Text of every kind a plain-text check must tell apart, around the 32-unit switch to `encodeInto`. */
const unit = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', ']]>', '_x0041_', '_x', '_', 'x', ' ', '  ', '\t', '\n', '\r', '='),
  fc.constantFrom('七', '眼', '桥', '镇', 'é', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\ufffd', '\ufffe', '\uffff'),
  fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', '\u0000', '\u001f', '\u007f'),
  fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)),
  fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
);
const text = fc.string({ unit, maxLength: 48 });

describe('xml-bytes fast paths', () => {
  it('plain text is what isPlainText says, in TextEncoder’s bytes', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(text, (value) => {
        const bytes = new Uint8Array(8 + value.length * 3);
        const end = putPlainText(bytes, 8, value);
        expect(end >= 0).toBe(isPlainText(value));
        if (end >= 0) expect(bytes.subarray(8, end)).toEqual(encoder.encode(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('plain text needs no escaping, cleaning or xml:space', () => {
    fc.assert(
      fc.property(text, (value) => {
        if (!isPlainText(value)) return;
        expect(cellXmlText(value)).toBe(value);
        expect(preservesSpace(value)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a number is written as JavaScript spells it', () => {
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), (value) => {
        const bytes = new Uint8Array(32);
        expect(decoder.decode(bytes.subarray(0, putNumber(bytes, 0, value)))).toBe(String(value));
      }),
      { numRuns: 2000 },
    );
  });
});

const styles: readonly StyleName[] = ['text', 'date', 'integer', 'decimal', 'bold', 'wrap'];
const value = fc.oneof(
  text,
  fc.string({ unit: fc.constantFrom('七', '眼', 'a', ' '), minLength: 30, maxLength: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 2 ** 31 }),
  fc.constant(null),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(value, fc.record({ value, style: fc.constantFrom(...styles) }));

const bytesOf = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> =>
  new Uint8Array(await new Response(stream).arrayBuffer());

function expected(c: Cell): unknown {
  const v = c !== null && typeof c === 'object' ? c.value : c;
  if (typeof v === 'string') return cellText(v) || null;
  return Object.is(v, -0) ? 0 : v;
}

describe('rows in bytes', () => {
  it('rows of any cells read back as written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 12 }), { minLength: 1, maxLength: 30 }), async (rows) => {
        // Marker cells pin each row's used range.
        const book = await readXlsx(
          await bytesOf(
            xlsxStream([{ spec: { name: 'S', table: { fromRow: 3 } }, rows: rows.map((r) => ['[', ...r, ']']) }]),
          ),
        );
        const values = book.sheets[0]?.values ?? [];
        rows.forEach((row, r) => {
          expect(values[r]?.slice(1, row.length + 1)).toEqual(row.map(expected));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('rows longer than the buffer and the push grow it and read back whole', async () => {
    const long = '廉'.repeat(32_767);
    const rows = [
      ['a', long, 1, long],
      [long, long, long],
      ['b', 2],
    ];
    const book = await readXlsx(await bytesOf(xlsxStream([{ spec: { name: 'S' }, rows }])));
    expect(book.sheets[0]?.values.map((row, r) => row.slice(0, rows[r]?.length))).toEqual(rows);
  });
});
