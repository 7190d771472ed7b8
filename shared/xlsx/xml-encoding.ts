/**
 * OOXML parts are UTF-8 or UTF-16 (ECMA-376 Part 2 §8.1.4, M1.17). The scanner reads
 * UTF-8 bytes, so a UTF-16 part is re-encoded on the way in, chunk by chunk; a UTF-8 part
 * (all but a few) passes through untouched.
 */
import { concat } from './xml-scanner.ts';

/**
 * The encoding family, from the first four bytes as XML 1.0 Appendix F reads them: a
 * byte order mark, or `<?` in UTF-16 without one (which the `encoding="UTF-16"` in that
 * prolog then names). Anything else is read as UTF-8.
 */
function utf16Label(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0)) {
    return 'utf-16le';
  }
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f)) {
    return 'utf-16be';
  }
  return null;
}

const SNIFF = 4;
const utf8 = new TextEncoder();

export class Utf8Feed {
  private readonly sink: (chunk: Uint8Array) => void;
  /** The first bytes, kept (copied) until there are enough to tell the encoding. */
  private head: Uint8Array | null = new Uint8Array(0);
  /** Set for UTF-16 parts; fatal, so a lone surrogate is a damaged part, as bad UTF-8 is. */
  private decoder: TextDecoder | null = null;

  constructor(sink: (chunk: Uint8Array) => void) {
    this.sink = sink;
  }

  /** `chunk` may be a view into a reused buffer: only the short head is ever kept. */
  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.head !== null) {
      if (this.head.length > 0 || chunk.length < SNIFF) bytes = concat(this.head, chunk);
      if (bytes.length < SNIFF) {
        this.head = bytes;
        return;
      }
      this.head = null;
      const label = utf16Label(bytes);
      if (label !== null) this.decoder = new TextDecoder(label, { fatal: true, ignoreBOM: false });
    }
    this.forward(bytes, false);
  }

  end(): void {
    if (this.head !== null && this.head.length > 0) this.sink(this.head);
    else if (this.decoder !== null) this.forward(new Uint8Array(0), true);
  }

  private forward(bytes: Uint8Array, last: boolean): void {
    if (this.decoder === null) {
      this.sink(bytes);
      return;
    }
    const text = this.decoder.decode(bytes, { stream: !last });
    if (text !== '') this.sink(utf8.encode(text));
  }
}
