/**
 * The writer hands zlib each push's buffer instead of a copy and goes on writing in buffers
 * zlib is done with. Node's zlib reads a chunk later, on a thread of its own, so a buffer
 * written again too soon would show here as a sheet that reads back wrong (workerd's zlib
 * reads each chunk as it is written, where no such mistake could show).
 */
import { describe, expect, it } from 'vitest';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { type Row, xlsxStream } from '../../worker/src/xlsx/index.ts';

describe('xlsxStream pushes to zlib', () => {
  it('reads back a sheet of many pushes whole', async () => {
    // ~3 MB of XML: some 50 pushes, most of them into a buffer an earlier push had.
    const rows = (): Row[] =>
      Array.from({ length: 20_000 }, (_, i) => [i, `第${i}行`, `${'廉'.repeat(i % 40)}${i}`, i * 0.5]);
    const zip = new Uint8Array(
      await new Response(xlsxStream([{ spec: { name: 'S' }, rows: rows() }], { deflate: 'native' })).arrayBuffer(),
    );
    expect((await readXlsx(zip)).sheets[0]?.values).toEqual(rows());
  });
});
