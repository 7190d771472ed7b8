import { beforeAll, describe, expect, it } from 'vitest';
import { streamedXlsx } from '#shared/xlsx/fixtures/hostile-package.ts';
import { worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { streamEntry } from '#shared/xlsx/inflate-entry.ts';
import { DEFLATE_SLICE, fflateInflate, type RawInflate, streamInflate } from '#shared/xlsx/raw-inflate.ts';
import { readXlsx, XlsxReadError } from '#shared/xlsx/read-xlsx.ts';
import { openZip } from '#shared/xlsx/zip-entries.ts';
import { zlibInflate } from '../../cli/zlib-inflate.ts';

/**
 * Every inflater keeps the reader's bounds (issue "real-world files"): no step hands over more
 * than ~4 MiB, and the zip-bomb ratio is charged against the input actually consumed, whichever
 * inflater the runtime has. shared/xlsx/read-xlsx-hostile.test.ts has the rest, on the default one.
 */
const SHEET = 'xl/worksheets/sheet1.xml';
const MiB = 1024 * 1024;
const OPEN_SHEET = worksheet('').replace('</sheetData></worksheet>', '');
const CLOSE_SHEET = '</sheetData></worksheet>';

const spaces = (times: number): Uint8Array =>
  streamedXlsx(
    { sheets: [{ name: 'S', xml: '' }] },
    { path: SHEET, head: OPEN_SHEET, unit: ' ', times, tail: CLOSE_SHEET },
  );

/** 7 MiB of white space from a few KB, under the ratio's grace; 60 MiB, far over the ratio. */
let small: Uint8Array = new Uint8Array(0);
let bomb: Uint8Array = new Uint8Array(0);
beforeAll(() => {
  small = spaces(7 * MiB);
  bomb = spaces(60 * MiB);
}, 120_000);

const inflaters: [string, RawInflate, number][] = [
  // zlib bounds its own steps by output: 64 KiB (cli/zlib-inflate.ts).
  ['node:zlib (the CLI)', zlibInflate, 64 * 1024],
  ["Node's DecompressionStream", streamInflate, 1032 * DEFLATE_SLICE],
  ['fflate (old webviews)', fflateInflate, 1032 * DEFLATE_SLICE],
];

describe.each(inflaters)('%s', (_name, inflate, step) => {
  it(`hands over at most ${step} bytes a step, however well the part compresses`, async () => {
    const archive = openZip(small);
    const entry = archive.entries.get(SHEET);
    if (entry === undefined) throw new Error('no sheet entry');
    expect(entry.compressedSize).toBeLessThan(20_000);
    let largest = 0;
    let total = 0;
    await streamEntry(archive, entry, { used: 0, limit: 100 * MiB }, inflate, (chunk) => {
      largest = Math.max(largest, chunk.length);
      total += chunk.length;
    });
    expect(total).toBe(entry.uncompressedSize);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(step);
  });

  it('refuses a sheet bomb under the total budget by the bytes it produces per byte consumed', async () => {
    const error = await readXlsx(bomb, { inflate }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ code: 'zip-bomb', params: { ratio: 100, part: SHEET } });
  });
});
