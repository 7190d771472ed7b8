/**
 * The package as a zip built on fflate's streaming `Zip`: parts are deflated as their XML
 * is written, and the compressed bytes wait here until the stream's consumer takes them.
 * Sync `ZipDeflate`, not `AsyncZipDeflate`: the async one needs Web Workers, which
 * workerd does not have, and a 64 KB push deflates in about a millisecond anyway.
 */
import { Zip, ZipDeflate } from 'fflate';

/** XML characters gathered before a push: 32–96 KB of UTF-8, the size fflate deflates in one go. */
const FLUSH_CHARS = 32_768;
const encoder = new TextEncoder();

export class ZipOutput {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: Error | null = null;

  constructor(
    private readonly level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
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
    const file = new ZipDeflate(path, { level: this.level });
    file.mtime = this.mtime;
    this.zip.add(file);
    return new ZipEntryWriter(file);
  }

  /** A whole small part in one go. */
  file(path: string, xml: string): void {
    const entry = this.open(path);
    entry.write(xml);
    entry.close();
  }

  end(): void {
    this.zip.end();
  }

  get pendingSize(): number {
    return this.pendingBytes;
  }

  /** The compressed bytes produced so far, as one chunk (null if none). */
  take(): Uint8Array | null {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return null;
    const chunks = this.pending;
    const out = chunks.length === 1 ? chunks[0]! : concat(chunks, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return out;
  }
}

export class ZipEntryWriter {
  private buffer = '';

  constructor(private readonly file: ZipDeflate) {}

  write(xml: string): void {
    this.buffer += xml;
    if (this.buffer.length >= FLUSH_CHARS) {
      this.file.push(encoder.encode(this.buffer), false);
      this.buffer = '';
    }
  }

  close(): void {
    this.file.push(encoder.encode(this.buffer), true);
    this.buffer = '';
  }
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
