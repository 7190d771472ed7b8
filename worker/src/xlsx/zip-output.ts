/**
 * The package as a zip built on fflate's streaming `Zip`: parts are deflated as their XML
 * is written, and the compressed bytes wait here until the stream's consumer takes them.
 * Deflate is the runtime's zlib where there is one (native-deflate.ts), else fflate's sync
 * `ZipDeflate`; not `AsyncZipDeflate`, which needs Web Workers, and workerd has none.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { hasNativeDeflate, NativeDeflateFile } from './native-deflate.ts';
import { XmlBytes } from './xml-bytes.ts';

/**
 * XML bytes gathered before a push to the deflater: each push costs a hop to zlib's thread and
 * back, and what is pushed and not yet deflated is rows pulled ahead of the reader. In deflate
 * alone 64 KB and 256 KB pushes cost the same CPU within the noise (bench/xlsx-write-floor.ts
 * pushes this size too).
 */
export const PUSH_BYTES = 64 * 1024;

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export type DeflateEngine = 'native' | 'fflate';

export function pickEngine(wanted: DeflateEngine | undefined): DeflateEngine {
  return wanted ?? (hasNativeDeflate() ? 'native' : 'fflate');
}

export class ZipOutput {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: Error | null = null;

  constructor(
    private readonly engine: DeflateEngine,
    private readonly level: DeflateLevel,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure ??= error;
      else if (data.length > 0) {
        this.pending.push(data);
        this.pendingBytes += data.length;
      }
    });
  }

  /** An entry whose XML is written piecewise; `close()` it before opening the next. */
  open(path: string): ZipEntryWriter {
    const file = this.engine === 'native' ? new NativeDeflateFile(path) : new ZipDeflate(path, { level: this.level });
    file.mtime = this.mtime;
    this.zip.add(file);
    return new ZipEntryWriter(file);
  }

  /** A whole small part in one go. */
  async file(path: string, xml: string): Promise<void> {
    const entry = this.open(path);
    entry.write(xml);
    await entry.close();
  }

  /**
   * An entry copied from another zip as it is: its compressed bytes, CRC and size unchanged, so
   * a part nobody edited leaves exactly as it arrived (the annotated workbook).
   */
  copy(path: string, copied: { compressed: Uint8Array; crc: number; size: number; method: number }): void {
    const file: ZipInputFile = {
      filename: path,
      size: copied.size,
      crc: copied.crc,
      compression: copied.method,
      mtime: this.mtime,
    };
    this.zip.add(file);
    // fflate's handler wants bytes on a plain ArrayBuffer; the upload's may be a view of anything.
    file.ondata?.(null, copied.compressed.slice(), true);
  }

  end(): void {
    this.zip.end();
  }

  /** The compressed bytes produced so far as one chunk, once there are at least `atLeast` (else null). */
  take(atLeast = 1): Uint8Array | null {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0 || this.pendingBytes < atLeast) return null;
    const chunks = this.pending;
    const out = chunks.length === 1 ? chunks[0]! : concat(chunks, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return out;
  }
}

export class ZipEntryWriter {
  /**
   * The entry's XML, written here as bytes (rows by SheetRows, other parts as strings) until
   * a push's worth has gathered. fflate's deflate copies what it is pushed, so it gets a view
   * and the buffer is written again; zlib reads what it is given when it gets to it, so it gets
   * the buffer itself, and writing goes on in one zlib has finished with (`spareBuffer`).
   */
  readonly xml = new XmlBytes(PUSH_BYTES + PUSH_BYTES / 4);

  constructor(private readonly file: ZipDeflate | NativeDeflateFile) {}

  write(xml: string): void {
    this.xml.text(xml);
    this.pushWhenFull();
  }

  /** Hands what `xml` holds to the deflater once it is a push's worth. */
  pushWhenFull(): void {
    if (this.xml.length >= PUSH_BYTES) this.push(false);
  }

  /** Await it (when there is one) before writing more, so the deflater's queue stays short. */
  takePause(): Promise<unknown> | undefined {
    return this.file instanceof NativeDeflateFile ? this.file.takePause() : undefined;
  }

  async close(): Promise<void> {
    this.push(true);
    if (this.file instanceof NativeDeflateFile) await this.file.finished;
  }

  private push(final: boolean): void {
    const written = this.xml.bytes.subarray(0, this.xml.length);
    this.file.push(written, final);
    if (this.file instanceof NativeDeflateFile && !final) this.xml.use(this.file.spareBuffer(this.xml.bytes.length));
    this.xml.length = 0;
  }
}

/** The chunks as one array of `size` bytes. */
export function concat(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
