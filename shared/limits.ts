/**
 * The largest workbook or request body accepted anywhere: the Worker's body limit, the reader's
 * file limit, and what the browser upload refuses before sending. 10 MiB, not 20: at 20 MiB a
 * workbook of typed text left too little of a Worker isolate's 128 MB (bench/intake-memory.ts).
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The most cells one submission's ledger sheets may hold together (their used ranges, as Office.js
 * `Range.values` gives them): about 19,000 rows of the 13-column activity ledger, twenty times a
 * township's year. Bytes alone do not bound a submission: repetitive rows compress so well that
 * 10 MiB of .xlsx holds 100,000 of them, and the Worker storing those needed 250 MB of heap. At
 * this limit the Worker stores, lists and diffs a submission inside half an isolate
 * (bench/workerd/intake-heap.ts). The reader stops at it, so a larger file costs no more to refuse.
 */
export const MAX_SUBMISSION_CELLS = 250_000;
