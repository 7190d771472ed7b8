/**
 * Reads a ZIP central directory (incl. ZIP64) without inflating anything, so the reader
 * can pick the few parts it needs and skip the rest of the package.
 */
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
  readonly bytes: Uint8Array;
  /** Keyed by `partKey`: OPC part names are case-insensitive. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
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

export function openZip(bytes: Uint8Array): ZipArchive {
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd < 0) {
    // A local header at offset 0 but no end record is a zip cut short, not some other format.
    const looksZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL_SIG;
    throw looksZip
      ? new XlsxReadError('corrupt', { reason: 'zip end record missing (truncated?)' })
      : new XlsxReadError('not-xlsx', { reason: 'not a zip file' });
  }
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    ({ count, cdSize, cdOffset } = readZip64End(view, eocd));
  }
  if (cdOffset + cdSize > bytes.length) corrupt('central directory out of bounds');
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  const end = cdOffset + cdSize;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL_SIG) corrupt('bad central directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const next = p + 46 + nameLen + extraLen + commentLen;
    if (next > end) corrupt('bad central directory entry');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
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
  return { bytes, entries };
}

/** The compressed bytes of one entry, located through its local header. */
export function entryData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = archive;
  if ((entry.flags & FLAG_ENCRYPTED) !== 0) {
    throw new XlsxReadError('encrypted', { part: entry.name });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIG) {
    corrupt(`bad local header for ${entry.name}`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) corrupt(`entry ${entry.name} runs past end of file`);
  return bytes.subarray(start, stop);
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (bytes[p] !== 0x50 || view.getUint32(p, true) !== EOCD_SIG) continue;
    if (p + EOCD_SIZE + view.getUint16(p + 20, true) <= bytes.length) return p;
  }
  return -1;
}

function readZip64End(view: DataView, eocd: number): { count: number; cdSize: number; cdOffset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) {
    corrupt('zip64 locator missing');
  }
  const at = safeU64(view, locator + 8);
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== ZIP64_EOCD_SIG) {
    corrupt('zip64 end record missing');
  }
  return {
    count: safeU64(view, at + 32),
    cdSize: safeU64(view, at + 40),
    cdOffset: safeU64(view, at + 48),
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
