/** The streaming .xlsx writer: see xlsx-stream.ts and docs/xlsx-writer.md. */
export { rangeRef } from './cell-ref.ts';
export { MAX_INLINE_LIST } from '#shared/template/validation.ts';
export { safeSheetName, uniqueSheetNames } from './sheet-names.ts';
export { styleNumberFormat } from './styles.ts';
export type * from './types.ts';
export { MAX_CELL_CHARS } from './xml-text.ts';
export { xlsxStream } from './xlsx-stream.ts';
