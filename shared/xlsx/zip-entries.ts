/**
 * Reads a ZIP central directory (incl. ZIP64) without inflating anything, so the reader
 * can pick the few parts it needs and skip the rest of the package, and read only those.
 */
import { type ByteSource, sourceRange } from './byte-source.ts';
import { XlsxReadError } from './xlsx-error.ts';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  /** CRC-32 of the inflated bytes, as the central directory states it: lets an entry be copied as it is. */
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

export interface ZipArchive {
  readonly source: ByteSource;
  /** Keyed by `partKey`: OPC part names are case-insensitive. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIZE = 56;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FLAG_ENCRYPTED = 0x0001;

const names = new TextDecoder('utf-8');

/**
 * Windows and .NET export tools name entries `xl\worksheets\sheet1.xml`. APPNOTE 4.4.17.1
 * wants `/`, and an OPC part name cannot contain `\` (ECMA-376 Part 2 §6.2.2.2), so
 * `\` can only mean `/`.
 */
export function partKey(name: string): string {
  const slashed = name.replace(/\\/g, '/');
  return (slashed.startsWith('/') ? slashed.slice(1) : slashed).toLowerCase();
}

/** A DataView of bytes [at, at + length) of the source, or a corrupt file where they run past its end. */
function viewAt(source: ByteSource, at: number, length: number, what: string): DataView {
  if (at < 0 || at + length > source.length) corrupt(`${what} out of bounds`);
  const bytes = source.subarray(at, at + length);
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Reads only the package's end: the end record, and the central directory it points to. The
 * entries' own bytes are read when an entry is inflated (entryData).
 */
export function openZip(source: ByteSource): ZipArchive {
  const size = source.length;
  const head = source.subarray(0, Math.min(size, OLE_MAGIC.length));
  if (startsWith(head, OLE_MAGIC)) throw oleError(source.subarray(0, size));
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = viewAt(source, tailStart, size - tailStart, 'end record');
  const found = findEocd(tail);
  if (found < 0) {
    // A local header at offset 0 but no end record is a zip cut short, not some other format.
    const looksZip =
      size >= 4 && new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0, true) === LOCAL_SIG;
    throw looksZip
      ? new XlsxReadError('corrupt', { reason: 'zip end record missing (truncated?)' })
      : new XlsxReadError('not-xlsx', { reason: 'not a zip file' });
  }
  let count = tail.getUint16(found + 10, true);
  let cdSize = tail.getUint32(found + 12, true);
  let cdOffset = tail.getUint32(found + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset } = readZip64End(source, tailStart + found));
  }
  if (cdOffset + cdSize > size) corrupt('central directory out of bounds');
  const directory = source.subarray(cdOffset, cdOffset + cdSize);
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  const end = cdSize;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL_SIG) corrupt('bad central directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > end) corrupt('bad central directory entry');
    const rawName = directory.subarray(p + 46, p + 46 + nameLen);
    // Names without the UTF-8 flag are CP437, but OPC part names are ASCII, where both agree.
    const name = names.decode(rawName);
    const sizes = {
      uncompressed: view.getUint32(p + 24, true),
      compressed: view.getUint32(p + 20, true),
      offset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, p + 46 + nameLen, extraLen, sizes);
    const key = partKey(name);
    if (!entries.has(key)) {
      entries.set(key, {
        name,
        method,
        flags,
        crc32: view.getUint32(p + 16, true),
        compressedSize: sizes.compressed,
        uncompressedSize: sizes.uncompressed,
        localHeaderOffset: sizes.offset,
      });
    }
    p = next;
  }
  return { source, entries };
}

/** The compressed bytes of one entry, located through its local header, read as they are asked for. */
export function entryData(archive: ZipArchive, entry: ZipEntry): ByteSource {
  const { source } = archive;
  if ((entry.flags & FLAG_ENCRYPTED) !== 0) {
    throw new XlsxReadError('encrypted', { part: entry.name });
  }
  const at = entry.localHeaderOffset;
  const local = viewAt(source, at, LOCAL_SIZE, `local header for ${entry.name}`);
  if (local.getUint32(0, true) !== LOCAL_SIG) corrupt(`bad local header for ${entry.name}`);
  const start = at + LOCAL_SIZE + local.getUint16(26, true) + local.getUint16(28, true);
  const stop = start + entry.compressedSize;
  if (stop > source.length) corrupt(`entry ${entry.name} runs past end of file`);
  return sourceRange(source, start, stop);
}

/** An entry's compressed bytes whole, for copying it as it is: a view when the archive is in memory. */
export function entryBytes(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const data = entryData(archive, entry);
  return data.subarray(0, data.length);
}

/** The end record's offset in `tail` (the file's last bytes), or -1. */
function findEocd(tail: DataView): number {
  for (let p = tail.byteLength - EOCD_SIZE; p >= 0; p--) {
    if (tail.getUint8(p) !== 0x50 || tail.getUint32(p, true) !== EOCD_SIG) continue;
    if (p + EOCD_SIZE + tail.getUint16(p + 20, true) <= tail.byteLength) return p;
  }
  return -1;
}

function readZip64End(source: ByteSource, eocd: number): { count: number; cdSize: number; cdOffset: number } {
  const locatorAt = eocd - ZIP64_LOCATOR_SIZE;
  if (locatorAt < 0) corrupt('zip64 locator missing');
  const locator = viewAt(source, locatorAt, ZIP64_LOCATOR_SIZE, 'zip64 locator');
  if (locator.getUint32(0, true) !== ZIP64_LOCATOR_SIG) corrupt('zip64 locator missing');
  const at = safeU64(locator, 8);
  const record = viewAt(source, at, ZIP64_EOCD_SIZE, 'zip64 end record');
  if (record.getUint32(0, true) !== ZIP64_EOCD_SIG) corrupt('zip64 end record missing');
  return {
    count: safeU64(record, 32),
    cdSize: safeU64(record, 40),
    cdOffset: safeU64(record, 48),
  };
}

/** ZIP64 extra field: 64-bit values present only for the 32-bit fields that are saturated. */
function applyZip64Extra(
  view: DataView,
  from: number,
  length: number,
  sizes: { uncompressed: number; compressed: number; offset: number },
): void {
  let p = from;
  const end = from + length;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    const dataEnd = p + 4 + size;
    if (dataEnd > end) return;
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > dataEnd) corrupt('short zip64 extra field');
        const v = safeU64(view, q);
        q += 8;
        return v;
      };
      if (sizes.uncompressed === 0xffffffff) sizes.uncompressed = take();
      if (sizes.compressed === 0xffffffff) sizes.compressed = take();
      if (sizes.offset === 0xffffffff) sizes.offset = take();
      return;
    }
    p = dataEnd;
  }
}

function safeU64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) corrupt('zip64 field out of bounds');
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) corrupt('zip64 value too large');
  return Number(value);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Password-protected .xlsx files are OLE compound files holding an `EncryptedPackage`
 * stream; a legacy .xls is also OLE but needs a "save as .xlsx" hint, not a password one.
 */
function oleError(bytes: Uint8Array): XlsxReadError {
  return containsUtf16(bytes, 'EncryptedPackage')
    ? new XlsxReadError('encrypted', { container: 'ole' })
    : new XlsxReadError('not-xlsx', { reason: 'legacy OLE file (.xls?)' });
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  outer: for (let p = bytes.indexOf(first); p >= 0 && p <= last; p = bytes.indexOf(first, p + 1)) {
    for (let i = 0; i < text.length; i++) {
      if (bytes[p + 2 * i] !== text.charCodeAt(i) || bytes[p + 2 * i + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function corrupt(reason: string): never {
  throw new XlsxReadError('corrupt', { reason });
}
