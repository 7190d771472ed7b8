/**
 * Who inflates a zip entry's raw deflate stream. The runtime's own zlib where it has one
 * (`DecompressionStream('deflate-raw')` in workerd and browsers; the CLI passes `node:zlib`),
 * fflate's JavaScript inflater where it has none (the task pane in EdgeHTML 18 and WPS's
 * Chromium 69–72). Native zlib takes a quarter of fflate's time (docs/xlsx-reader.md).
 *
 * Every inflater hands its output over in bounded steps, however well the entry compresses:
 * these two are fed slices of DEFLATE_SLICE, each handed over before the next is given, so a
 * step produces at most ~4 MiB (node:zlib bounds its steps by output itself, cli/zlib-inflate.ts).
 * When `onChunk` throws the inflater stops, and rejects with that error. A stream that ends
 * without its final block rejects (never waits for more), as does an empty one; one followed
 * by more bytes rejects in workerd, Chromium and node:zlib, not in fflate (below) nor in
 * Node's own DecompressionStream (tests/xlsx-reader/damaged-deflate.test.ts).
 */
import { Inflate } from 'fflate';
import type { ByteSource } from './byte-source.ts';
import { MalformedPartError } from './xlsx-error.ts';

/**
 * `onChunk` gets each piece of output and how many bytes of `data` the inflater has consumed
 * so far, or been given (then at most one slice more): what the zip-bomb ratio is charged against.
 */
export type RawInflate = (data: ByteSource, onChunk: (chunk: Uint8Array, fed: number) => void) => Promise<void>;

/**
 * Deflate cannot expand more than 1032:1 (a 258-byte match in two bits), so a 4 KiB slice
 * yields at most ~4 MiB, whatever the headers claim: that bounds a step. fflate inflates
 * everything it is given per push, so the input slice is its only lever.
 */
export const DEFLATE_SLICE = 4 * 1024;

/**
 * fflate's streaming inflater, in the caller's own turn. A stream cut short throws ("unexpected
 * EOF") on the final push; bytes after its last block are not seen (fflate's API does not say
 * where the stream ended), so only this fallback reads such an entry rather than refusing it.
 */
export const fflateInflate: RawInflate = async (data, onChunk) => {
  // zlib refuses a stream with no block at all; fflate would hand over nothing and succeed.
  if (data.length === 0) throw new MalformedPartError('empty deflate stream');
  let fed = 0;
  const inflater = new Inflate((chunk) => onChunk(chunk, fed));
  while (fed < data.length) {
    const at = fed;
    fed = Math.min(data.length, at + DEFLATE_SLICE);
    inflater.push(data.subarray(at, fed), fed === data.length);
  }
};

const IDLE = Symbol('idle');
/** Settles after the microtasks already queued: a read that has data settles before it. */
const idle = (): Promise<typeof IDLE> => Promise.resolve(IDLE);

/**
 * zlib behind a DecompressionStream. workerd's writer never pushes back (a write is taken at
 * once however much output waits unread: measured, 50 MB of output queued for 13 writes), so
 * the next slice is written only once the output side has nothing left to hand over, and
 * never before the previous write was taken.
 */
export const streamInflate: RawInflate = async (data, onChunk) => {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let at = 0;
  let written: Promise<unknown> = Promise.resolve();
  let taken = true;
  let refused = false;
  const feed = (): void => {
    const end = Math.min(data.length, at + DEFLATE_SLICE);
    taken = false;
    written = writer.write(unshared(data.subarray(at, end))).then(
      () => {
        taken = true;
      },
      () => {
        // A refused write errors the readable side too: the read below reports it.
        refused = true;
      },
    );
    at = end;
    if (at === data.length) writer.close().catch(() => {});
  };
  if (data.length === 0) writer.close().catch(() => {});
  const output = new Coalescer((chunk) => onChunk(chunk, at));
  try {
    let read = reader.read();
    for (;;) {
      let result = await Promise.race([read, idle()]);
      if (result === IDLE) {
        output.flush();
        if (at < data.length && !refused) {
          if (taken) feed();
          // Wake on output, or on the write being taken (a slice of block headers yields none).
          result = await Promise.race([read, written.then(idle)]);
          if (result === IDLE) continue;
        } else {
          result = await read;
        }
      }
      if (result.done) return output.flush();
      output.push(result.value);
      read = reader.read();
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    throw error;
  }
};

/**
 * workerd hands zlib's output over in pieces of a few KB; every piece is one more call into the
 * XML scanner, and one more copy of a token split across pieces. Joined to 64 KiB, as node:zlib
 * and fflate hand it over, before it goes on.
 */
const JOINED = 64 * 1024;

class Coalescer {
  private pieces: Uint8Array[] = [];
  private bytes = 0;

  constructor(private readonly onChunk: (chunk: Uint8Array) => void) {}

  push(piece: Uint8Array): void {
    if (this.bytes === 0 && piece.length >= JOINED) {
      this.onChunk(piece);
      return;
    }
    this.pieces.push(piece);
    this.bytes += piece.length;
    if (this.bytes >= JOINED) this.flush();
  }

  flush(): void {
    if (this.bytes === 0) return;
    const [only] = this.pieces;
    let joined: Uint8Array;
    if (this.pieces.length === 1 && only !== undefined) {
      joined = only;
    } else {
      joined = new Uint8Array(this.bytes);
      let at = 0;
      for (const piece of this.pieces) {
        joined.set(piece, at);
        at += piece.length;
      }
    }
    this.pieces = [];
    this.bytes = 0;
    this.onChunk(joined);
  }
}

/** A DecompressionStream takes no view of shared memory; uploads never are, but the type allows it: such a slice is copied. */
function unshared(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : data.slice();
}

let native: boolean | undefined;

/** Old Chromium has DecompressionStream without 'deflate-raw' (added in 103): the constructor throws. */
function hasNativeInflate(): boolean {
  if (native === undefined) {
    try {
      new DecompressionStream('deflate-raw');
      native = true;
    } catch {
      native = false;
    }
  }
  return native;
}

/** The runtime's zlib where there is one, else fflate. */
export function runtimeInflate(): RawInflate {
  return hasNativeInflate() ? streamInflate : fflateInflate;
}
