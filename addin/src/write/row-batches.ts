/**
 * Rows to write, as inert values padded to one width, cut into batches that each fit a byte
 * budget: what a grid write sends per call, on any host.
 */
import type { CellValue } from '#shared/index.ts';
import { jsonBytes } from '#web/json-bytes.ts';
import { inertValue } from './inert-value.ts';
import { chunkByBudget } from '../highlight/budget.ts';

export interface RowBatch {
  /** 0-based index of the batch's first row among all rows. */
  readonly first: number;
  readonly rows: (string | number | boolean)[][];
}

export function rowBatches(
  rows: readonly (readonly CellValue[])[],
  budget: number,
): { width: number; batches: RowBatch[] } {
  const width = rows.reduce((most, r) => Math.max(most, r.length), 0);
  if (width === 0) return { width, batches: [] };
  // Sized as sent: the apostrophes count too.
  const sent = rows.map((row, i) => ({ i, row: Array.from({ length: width }, (_, c) => inertValue(row[c] ?? null)) }));
  const batches = chunkByBudget(sent, ({ row }) => jsonBytes(row) + 8, budget).map((batch) => ({
    first: batch[0]?.i ?? 0,
    rows: batch.map(({ row }) => row),
  }));
  return { width, batches };
}
