/**
 * A zip entry deflated by the runtime's own zlib (`CompressionStream`, in workerd, browsers
 * and Node) instead of fflate's JavaScript deflate: measured 2–3× less CPU for the same or
 * smaller output (docs/xlsx-writer.md). zlib writes a gzip member, whose deflate data and
 * CRC-32 are the entry's (gzip-member.ts); fflate's `Zip` writes the headers around them.
 */
import { ZipPassThrough } from 'fflate';
import { GzipMember } from './gzip-member.ts';

export const hasNativeDeflate = (): boolean => {
  try {
    new CompressionStream('gzip');
    return true;
  } catch {
    return false;
  }
};

/** Pushes of 64 KB each (zip-output.ts): bounds what waits in front of zlib, rows pulled ahead of the reader, to ~320 KB of XML. */
const MAX_IN_FLIGHT = 4;

/** What is used of a CompressionStream's writer (its declared types differ between runtimes). */
interface ByteWriter {
  write(chunk: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
}

export class NativeDeflateFile extends ZipPassThrough {
  /** Settles once zlib has handed over its last bytes (and fflate has closed the entry). */
  readonly finished: Promise<void>;
  private readonly writer: ByteWriter;
  /** Writes handed to zlib and not yet taken in: a few at once keep zlib and the XML writer both busy. */
  private readonly inFlight: Promise<unknown>[] = [];
  /** Buffers whose bytes zlib has taken in, to be written again (`spareBuffer`). */
  private readonly spare: Uint8Array<ArrayBuffer>[] = [];

  constructor(filename: string) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('gzip');
    this.writer = stream.writable.getWriter();
    this.finished = this.pump(stream.readable.getReader());
    // Marked handled here; whoever awaits `finished` still gets the error.
    this.finished.catch(() => {});
  }

  /**
   * The oldest write to await before pushing more, once too many are in flight. workerd's
   * writer never reports a full queue (desiredSize), so without this every chunk would pile
   * up in front of zlib; awaiting every single write instead leaves zlib idle while the next
   * XML is built (measured: a third of the time spent waiting).
   */
  takePause(): Promise<unknown> | undefined {
    return this.inFlight.length > MAX_IN_FLIGHT ? this.inFlight.shift() : undefined;
  }

  /**
   * A buffer of at least `bytes` to write the next push into: one whose write zlib has
   * finished, else a new one. zlib reads a pushed chunk when it gets to it, so the chunk's
   * buffer is zlib's until its write settles; handing a few buffers round instead of copying
   * each push saves the copies and the collection of 1,000 of them per 100k rows (~9 % of the
   * CPU of deflate itself, measured).
   */
  spareBuffer(bytes: number): Uint8Array<ArrayBuffer> {
    const buffer = this.spare.pop();
    return buffer !== undefined && buffer.length >= bytes ? buffer : new Uint8Array(bytes);
  }

  /** As `ZipPassThrough.push`, without its CRC (a byte at a time): zlib's comes with the gzip trailer. */
  override push(chunk: Uint8Array<ArrayBuffer>, final = false): void {
    this.size += chunk.length;
    this.process(chunk, final);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    // Write and close errors also error the readable side, where `pump` reports them.
    if (chunk.length > 0) {
      // The whole buffer the chunk starts (ZipEntryWriter pushes from the start of one).
      const buffer = new Uint8Array(chunk.buffer);
      this.inFlight.push(
        this.writer.write(chunk).then(
          () => void this.spare.push(buffer),
          () => {},
        ),
      );
    }
    if (final) this.writer.close().catch(() => {});
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const member = new GzipMember();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const data = member.data(value);
      if (data.length > 0) this.ondata(null, data, false);
    }
    // fflate's Zip reads the CRC when the entry's last chunk arrives.
    this.crc = member.crc(this.size);
    this.ondata(null, new Uint8Array(0), true);
  }
}
