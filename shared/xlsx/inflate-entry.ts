/**
 * Streams one ZIP entry's inflated bytes chunk by chunk. No entry is ever held inflated
 * in full, and every inflated byte is charged to a shared budget, so a zip bomb stops
 * after one chunk (256 KiB) past the limit.
 */
import { Inflate } from 'fflate';
import { entryData, type ZipArchive, type ZipEntry } from './zip-entries.ts';
import { MalformedPartError, XlsxReadError } from './xlsx-error.ts';

export interface InflateBudget {
  used: number;
  readonly limit: number;
}

/** Stored entries are handed on in slices of this size. */
const SLICE = 256 * 1024;

/** `onBytes` gets views that are only valid until it returns (see inflateRaw). */
export function streamEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  onBytes: (chunk: Uint8Array) => void,
): void {
  const data = entryData(archive, entry);
  let produced = 0;
  const emit = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (budget.used > budget.limit) {
      throw new XlsxReadError('zip-bomb', { limit: budget.limit, part: entry.name });
    }
    // The central directory states the size; more output means a lying header.
    if (produced > entry.uncompressedSize) throw new MalformedPartError('entry larger than declared');
    if (chunk.length > 0) onBytes(chunk);
  };

  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += SLICE) emit(data.subarray(at, at + SLICE));
  } else if (entry.method === 8) {
    // fflate's streaming inflater: a maintained implementation beats our own ~0.15 s on 100k
    // rows (docs/xlsx-reader.md); the budget check above runs on every chunk it produces.
    const inflater = new Inflate((chunk) => emit(chunk));
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } else {
    throw new MalformedPartError(`unsupported compression method ${entry.method}`);
  }
  if (produced !== entry.uncompressedSize) throw new MalformedPartError('entry shorter than declared');
}
