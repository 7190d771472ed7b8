/**
 * The largest workbook or request body accepted anywhere: the Worker's body limit, the reader's
 * file limit, and what the browser upload refuses before sending. 10 MiB, not 20: a workbook of
 * typed text at 10 MiB needs about half of a Worker isolate's 128 MB to read and validate; at 20 MiB
 * too little is left (bench/intake-memory.ts, docs/benchmarks.md).
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
