/**
 * The CLI's inflater: node:zlib itself. Node also has DecompressionStream, but through its
 * web-stream adapter the same inflate took 2–4× as long (docs/xlsx-reader.md).
 */
import { createInflateRaw } from 'node:zlib';
import { DEFLATE_SLICE, type RawInflate } from '#shared/xlsx/raw-inflate.ts';
import { MalformedPartError } from '#shared/xlsx/xlsx-error.ts';

/**
 * zlib turns each written slice into output of at most `chunkSize` per step and hands every
 * piece to 'data' before the next step; a slice is written only when zlib has taken the last.
 * A stream cut short ends in zlib's "unexpected end of file"; one followed by more bytes ends
 * with them unread, which workerd's and the browsers' DecompressionStream refuse, so it does too.
 */
export const zlibInflate: RawInflate = (data, onChunk) =>
  new Promise((resolve, reject) => {
    const zlib = createInflateRaw({ chunkSize: 64 * 1024 });
    let fed = 0;
    const feed = (): void => {
      while (fed < data.length) {
        const at = fed;
        fed = Math.min(data.length, at + DEFLATE_SLICE);
        if (!zlib.write(data.subarray(at, fed))) {
          zlib.once('drain', feed);
          return;
        }
      }
      zlib.end();
    };
    zlib.on('data', (chunk: Buffer) => {
      try {
        onChunk(chunk, fed);
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
