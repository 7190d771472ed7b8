/**
 * The CLI's inflater: node:zlib itself. Node also has DecompressionStream, but through its
 * web-stream adapter the same inflate took 2–4× as long (docs/xlsx-reader.md).
 */
import { createInflateRaw } from 'node:zlib';
import type { RawInflate } from '#shared/xlsx/raw-inflate.ts';
import { MalformedPartError } from '#shared/xlsx/xlsx-error.ts';

/**
 * zlib's own step is bounded by its output: each call into it fills at most `chunkSize`
 * (64 KiB), handed to 'data' before the next call, however much input it holds. So it is
 * written 64 KiB slices, not the 4 KiB the other inflaters need for their bound (16 times
 * fewer trips to the thread pool: half the inflate's CPU time on the bench workbook), and
 * the ratio is charged against what it has consumed (`bytesWritten`), not what it was given.
 * A stream cut short ends in zlib's "unexpected end of file"; one followed by more bytes ends
 * with them unread, which workerd's and the browsers' DecompressionStream refuse, so it does too.
 */
const ZLIB_SLICE = 64 * 1024;

export const zlibInflate: RawInflate = (data, onChunk) =>
  new Promise((resolve, reject) => {
    const zlib = createInflateRaw({ chunkSize: 64 * 1024 });
    let fed = 0;
    const feed = (): void => {
      while (fed < data.length) {
        const at = fed;
        fed = Math.min(data.length, at + ZLIB_SLICE);
        if (!zlib.write(data.subarray(at, fed))) {
          zlib.once('drain', feed);
          return;
        }
      }
      zlib.end();
    };
    zlib.on('data', (chunk: Buffer) => {
      try {
        onChunk(chunk, zlib.bytesWritten);
      } catch (error) {
        zlib.destroy();
        reject(error);
      }
    });
    zlib.on('error', reject);
    zlib.on('end', () => {
      if (zlib.bytesWritten < data.length) reject(new MalformedPartError('bytes after the end of the deflate stream'));
      else resolve();
    });
    feed();
  });
