/**
 * Streams one ZIP entry as UTF-8 text chunks: inflate a slice, decode it, hand it on.
 * No entry is ever held inflated in full, and every inflated byte is charged to a
 * shared budget so a zip bomb stops after at most one slice's worth of output.
 */
import { Inflate } from 'fflate';
import { entryData, type ZipArchive, type ZipEntry } from './zip-entries.ts';
import { MalformedPartError, XlsxReadError } from './xlsx-error.ts';

export interface InflateBudget {
  used: number;
  readonly limit: number;
}

/**
 * Compressed bytes pushed per step. Deflate expands at most ~1032x, so one step can
 * produce ~16 MiB before the budget check runs; typical sheet XML gives ~150 KiB.
 */
const SLICE = 16 * 1024;

export function streamEntryText(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => void,
): void {
  const data = entryData(archive, entry);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let produced = 0;
  const emit = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (budget.used > budget.limit) {
      throw new XlsxReadError('zip-bomb', { limit: budget.limit, part: entry.name });
    }
    // The central directory states the size; more output means a lying header.
    if (produced > entry.uncompressedSize) throw new MalformedPartError('entry larger than declared');
    if (chunk.length > 0) onText(decoder.decode(chunk, { stream: true }));
  };

  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += SLICE) emit(data.subarray(at, at + SLICE));
  } else if (entry.method === 8) {
    const inflate = new Inflate((chunk) => emit(chunk));
    if (data.length === 0) throw new MalformedPartError('empty deflate stream');
    for (let at = 0; at < data.length; at += SLICE) {
      const end = Math.min(at + SLICE, data.length);
      inflate.push(data.subarray(at, end), end === data.length);
    }
  } else {
    throw new MalformedPartError(`unsupported compression method ${entry.method}`);
  }
  const tail = decoder.decode();
  if (tail.length > 0) onText(tail);
  if (produced !== entry.uncompressedSize) throw new MalformedPartError('entry shorter than declared');
}
