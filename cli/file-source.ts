/**
 * A workbook on disk as the reader's ByteSource (shared/xlsx/byte-source.ts): the reader reads
 * the central directory and then the parts it inflates, slice by slice, so the CLI never holds
 * the file whole (its peak at 400k rows 201 → 173 MB: docs/benchmarks.md). Reads are
 * synchronous: the CLI checks one file at a time, and each slice is read between zlib's steps.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ByteSource } from '#shared/xlsx/byte-source.ts';
import { XlsxReadError } from '#shared/xlsx/xlsx-error.ts';

export interface FileSource extends ByteSource {
  close(): void;
}

/** Throws Node's own error (ENOENT, EISDIR, EACCES) where the file cannot be opened as a file. */
export function openFileSource(path: string): FileSource {
  const fd = openSync(path, 'r');
  let length: number;
  try {
    const stat = fstatSync(fd);
    // readFile reads a directory as EISDIR; a file read by offset must be a regular file.
    if (!stat.isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'EISDIR' });
    length = stat.size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return {
    length,
    subarray(begin, end) {
      const bytes = new Uint8Array(end - begin);
      for (let at = 0; at < bytes.length; ) {
        const read = readSync(fd, bytes, at, bytes.length - at, begin + at);
        // The file grew shorter while it was read: what was read no longer holds together.
        if (read === 0) throw new XlsxReadError('corrupt', { reason: 'file shortened while read' });
        at += read;
      }
      return bytes;
    },
    close: () => closeSync(fd),
  };
}
