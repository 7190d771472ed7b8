import { describe, expect, it } from 'vitest';
import { activity } from '#shared/index.ts';
import { damagedStreams, storedBlocks, trailingGarbage, withDeflateStream } from '#shared/xlsx/fixtures/raw-deflate.ts';
import { worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { fflateInflate, type RawInflate, streamInflate } from '#shared/xlsx/raw-inflate.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { zlibInflate } from '../../cli/zlib-inflate.ts';

/**
 * A sheet whose deflate stream is damaged is refused by every inflater as a damaged file,
 * in Chinese, and never waited on: a hang fails the test by its timeout. workerd's
 * DecompressionStream meets the same streams in worker/src/submissions/unreadable-upload.test.ts.
 */
const SHEET = 'xl/worksheets/sheet1.xml';
const ROWS = 3000;
const xml = new TextEncoder().encode(
  worksheet(
    Array.from(
      { length: ROWS },
      (_, i) =>
        `<row r="${i + 3}"><c r="A${i + 3}"><v>${i + 1}</v></c><c r="D${i + 3}" t="inlineStr"><is><t>第${i}期</t></is></c></row>`,
    ).join(''),
  ),
);
const pkg = { sheets: [{ name: activity.sheetName, xml: '' }] };
const upload = (stream: Uint8Array, size: number): Uint8Array => withDeflateStream(pkg, SHEET, stream, size);

const inflaters: [string, RawInflate][] = [
  ['node:zlib (the CLI)', zlibInflate],
  ["Node's DecompressionStream", streamInflate],
  ['fflate (old webviews)', fflateInflate],
];

describe.each(inflaters)('a damaged deflate stream, inflated by %s', (_name, inflate) => {
  it('reads the same sheet when its stream is whole (the fixture is sound)', async () => {
    const read = await readUpload(upload(storedBlocks(xml, 4096, true), xml.length), { inflate });
    expect(read.kind).toBe('read');
    if (read.kind === 'read') expect(read.input.sheets[activity.sheetName]?.values).toHaveLength(ROWS);
  });

  for (const [how, { stream, size }] of Object.entries(damagedStreams(xml))) {
    it(`refuses a stream ${how} as a damaged file`, async () => {
      const read = await readUpload(upload(stream, size), { inflate });
      expect(read).toMatchObject({ kind: 'unreadable', issue: { code: 'unreadable-file', rule: 'corrupt' } });
      if (read.kind === 'unreadable') expect(read.issue.message).toMatch(/文件已损坏.*重新保存为 \.xlsx/);
    });
  }
});

describe('bytes after the end of a deflate stream', () => {
  const garbled = upload(trailingGarbage(xml), xml.length);

  it('are refused by node:zlib, as workerd and Chromium refuse them', async () => {
    expect(await readUpload(garbled, { inflate: zlibInflate })).toMatchObject({
      kind: 'unreadable',
      issue: { rule: 'corrupt' },
    });
  });

  it('are not seen by fflate, which reads the sheet they follow', async () => {
    const read = await readUpload(garbled, { inflate: fflateInflate });
    expect(read.kind).toBe('read');
  });
});
