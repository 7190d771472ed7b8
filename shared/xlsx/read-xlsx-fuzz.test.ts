/**
 * Whatever the bytes, readXlsx returns or throws XlsxReadError, and finishes quickly.
 * The per-test timeout is the "never hangs" check.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildXlsx, worksheet } from './fixtures/synthetic-package.ts';
import { readXlsx, XlsxReadError } from './read-xlsx.ts';

const fixtures = ['reader-basic.xlsx', 'reader-1904.xlsx', 'reader-libreoffice.xlsx'].map(
  (name) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))),
);
// Stored entries expose raw XML to the flips, deflated ones the compressed stream.
const stored = buildXlsx({
  sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1.5</v></c></row>') }],
  sharedStrings: ['<r><t>富</t></r><rPh><t>fu</t></rPh>'],
  custom: { QingfengTemplate: '2026.1' },
  level: 0,
});
const seeds = [...fixtures, stored];

/** Small limits keep a lucky mutation that inflates to something huge cheap to refuse. */
const limits = { maxUncompressedBytes: 8 * 1024 * 1024, maxCells: 200_000 };

async function onlyXlsxErrors(bytes: Uint8Array): Promise<boolean> {
  try {
    await readXlsx(bytes, limits);
  } catch (error) {
    if (!(error instanceof XlsxReadError)) throw error;
  }
  return true;
}

const seed = fc.constantFrom(...seeds);

describe('readXlsx never throws anything but XlsxReadError', () => {
  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), onlyXlsxErrors), { numRuns: 500 });
  });

  it('on random bytes behind a zip signature', async () => {
    const zipLike = fc.uint8Array({ maxLength: 4096 }).map((tail) => Uint8Array.of(0x50, 0x4b, 0x03, 0x04, ...tail));
    await fc.assert(fc.asyncProperty(zipLike, onlyXlsxErrors), { numRuns: 300 });
  });

  it('on truncated real files', async () => {
    const truncated = seed.chain((bytes) => fc.nat(bytes.length).map((n) => bytes.subarray(0, n)));
    await fc.assert(fc.asyncProperty(truncated, onlyXlsxErrors), { numRuns: 300 });
  });

  it('on real files with flipped bits', async () => {
    const flipped = seed.chain((bytes) =>
      fc
        .array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 })
        .map((flips) => {
          const copy = bytes.slice();
          for (const [at, bit] of flips) copy[at] = (copy[at] ?? 0) ^ (1 << bit);
          return copy;
        }),
    );
    await fc.assert(fc.asyncProperty(flipped, onlyXlsxErrors), { numRuns: 1000 });
  });

  it('on real files with random byte runs overwritten', async () => {
    const overwritten = seed.chain((bytes) =>
      fc.tuple(fc.nat(bytes.length - 1), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => {
        const copy = bytes.slice();
        copy.set(junk.subarray(0, copy.length - at), at);
        return copy;
      }),
    );
    await fc.assert(fc.asyncProperty(overwritten, onlyXlsxErrors), { numRuns: 500 });
  });

  it('still reads the unmodified seeds', async () => {
    for (const bytes of seeds) expect((await readXlsx(bytes)).sheets.length).toBeGreaterThan(0);
  });
});
