import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GzipMember } from './gzip-member.ts';
import { xlsxStream } from './index.ts';

const bytesOf = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> =>
  new Uint8Array(await new Response(stream).arrayBuffer());

/** CRC-32 as the zip format defines it, a bit at a time: the reference, not the fast path. */
function referenceCrc(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

/** Bytes that compress a little, the same on every run. */
function sample(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = i % 3 === 0 ? 0x3c : x & 0xff;
  }
  return out;
}

/** This runtime's gzip of `input`, cut into pieces of `step` bytes before they reach GzipMember. */
async function unwrap(input: Uint8Array, step: number): Promise<{ data: Uint8Array; crc: number }> {
  const gzip = await bytesOf(new Blob([input]).stream().pipeThrough(new CompressionStream('gzip')));
  const member = new GzipMember();
  const parts: Uint8Array[] = [];
  for (let at = 0; at < gzip.length; at += step) parts.push(member.data(gzip.subarray(at, at + step)));
  const data = await bytesOf(new Blob(parts).stream());
  return { data, crc: member.crc(input.length) };
}

describe('the deflate data and CRC of a gzip member', () => {
  it('are the raw deflate stream and the CRC-32 of the input, however zlib cuts its output', async () => {
    for (const size of [0, 1, 7, 8, 9, 20_000]) {
      const input = sample(size);
      for (const step of size > 9 ? [9, 4096] : [1, 3, 8, 9]) {
        const { data, crc } = await unwrap(input, step);
        expect(crc, `size ${size}, step ${step}`).toBe(referenceCrc(input));
        const inflated = await bytesOf(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw')));
        expect(inflated).toEqual(input);
      }
    }
  });

  it('refuses a header it does not know and a size that does not match', async () => {
    expect(() => new GzipMember().data(new Uint8Array([0x1f, 0x8b, 8, 8]))).toThrow(/byte 3/);
    const member = new GzipMember();
    const gzip = await bytesOf(new Blob([sample(10)]).stream().pipeThrough(new CompressionStream('gzip')));
    member.data(gzip);
    expect(() => member.crc(11)).toThrow(/10 bytes, 11 given/);
    expect(() => new GzipMember().crc(0)).toThrow(/trailer/);
  });

  it('give the writer entries whose CRC every part checks against', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`第${i}行`, i, i % 7 === 0 ? null : '廉政教育']);
    const zip = await bytesOf(xlsxStream([{ spec: { name: '表' }, rows }], { deflate: 'native' }));
    // fflate's unzip checks nothing; the CRC each entry carries is compared with its bytes here.
    const entries = unzipSync(zip);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let at = view.getUint32(zip.length - 6, true);
    for (let n = view.getUint16(zip.length - 12, true); n > 0; n--) {
      const crc = view.getUint32(at + 16, true);
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
      expect(crc, name).toBe(referenceCrc(entries[name]!));
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  });
});
