/**
 * Where a workbook's bytes come from. An upload arrives whole in memory, and a Uint8Array is a
 * ByteSource as it is; the CLI reads a file on disk where the reader asks (cli/file-source.ts),
 * so that a 30 MB file is not held whole while it is checked.
 */
export interface ByteSource {
  readonly length: number;
  /**
   * Bytes [begin, end), within `length`: a view of memory, or bytes newly read from a file. The
   * caller reads them and lets them go; it never writes to them.
   */
  subarray(begin: number, end: number): Uint8Array;
}

/** A range of a source as a source of its own: a zip entry's compressed bytes, read where needed. */
export function sourceRange(source: ByteSource, begin: number, end: number): ByteSource {
  return source instanceof Uint8Array
    ? source.subarray(begin, end)
    : { length: end - begin, subarray: (from, to) => source.subarray(begin + from, begin + to) };
}

/** Whether a value handed to the reader is bytes at all (uploads reach it through untyped paths). */
export function isByteSource(value: unknown): value is ByteSource {
  return (
    value instanceof Uint8Array ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { length?: unknown }).length === 'number' &&
      typeof (value as { subarray?: unknown }).subarray === 'function')
  );
}
