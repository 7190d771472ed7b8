/**
 * Streams one ZIP entry's inflated bytes in bounded steps. No entry is ever held inflated
 * in full, no single step produces more than about 4 MiB, and every byte actually
 * produced is charged to a shared budget (total and ratio), whatever the headers claim.
 */
import type { RawInflate } from './raw-inflate.ts';
import { entryData, type ZipArchive, type ZipEntry } from './zip-entries.ts';
import { MalformedPartError, XlsxReadError } from './xlsx-error.ts';

export interface InflateBudget {
  used: number;
  readonly limit: number;
}

/** Stored entries come out as they are: slices of this size are one step each. */
const STORED_SLICE = 256 * 1024;
/**
 * Output per compressed byte actually consumed. Sheet XML from Excel, WPS or LibreOffice
 * inflates 4–20×; a bomb reaches ~1000×. The grace lets small parts (a few KB of shared
 * styles, an empty sheet padded by a generator) inflate freely.
 */
export const MAX_RATIO = 100;
export const RATIO_GRACE = 8 * 1024 * 1024;

/** `onBytes` gets views that are only valid until it returns; `inflate` is the runtime's (raw-inflate.ts). */
export async function streamEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  inflate: RawInflate,
  onBytes: (chunk: Uint8Array) => void,
): Promise<void> {
  const data = entryData(archive, entry);
  let consumed = 0;
  let produced = 0;
  const emit = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.used += chunk.length;
    // More output than the central directory states: a lying header, the bomb's usual disguise.
    if (produced > entry.uncompressedSize) {
      throw new XlsxReadError('zip-bomb', { declared: entry.uncompressedSize, part: entry.name });
    }
    if (budget.used > budget.limit) {
      throw new XlsxReadError('zip-bomb', { limit: budget.limit, part: entry.name });
    }
    if (produced > RATIO_GRACE && produced > consumed * MAX_RATIO) {
      throw new XlsxReadError('zip-bomb', { ratio: MAX_RATIO, part: entry.name });
    }
    if (chunk.length > 0) onBytes(chunk);
  };

  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STORED_SLICE) {
      consumed = Math.min(data.length, at + STORED_SLICE);
      emit(data.subarray(at, consumed));
    }
  } else if (entry.method === 8) {
    // The ratio is charged against all the input the inflater has been given, at most one
    // slice more than it has turned into output so far.
    await inflate(data, (chunk, fed) => {
      consumed = fed;
      emit(chunk);
    });
  } else {
    throw new MalformedPartError(`unsupported compression method ${entry.method}`);
  }
  if (produced !== entry.uncompressedSize) throw new MalformedPartError('entry shorter than declared');
}
