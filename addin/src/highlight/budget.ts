import { wireBytes } from '#web/json-bytes.ts';

/**
 * Splits operations into syncs that each stay under a payload budget. Excel on the web
 * rejects a request over 5 MB as Office.js sends it (the body stringified twice, see
 * web/json-bytes.ts); 1 MB of that leaves room for what the estimates below miss.
 */
export const DEFAULT_SYNC_BUDGET = 1_000_000;

/**
 * What one "get ranges, set their fill" costs in Office.js's request beyond its texts: the
 * object paths of the range, its format and its fill, an instantiate action for each and the
 * property set, all escaped once more in the envelope. The fake host, which builds the request
 * as Office.js does, measures about 610 bytes; the rest is margin.
 */
export const OPERATION_OVERHEAD_BYTES = 800;

export function operationBytes(...texts: readonly string[]): number {
  return OPERATION_OVERHEAD_BYTES + texts.reduce((sum, t) => sum + wireBytes(t), 0);
}

export function chunkByBudget<T>(items: readonly T[], cost: (item: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length > 0 && used + c > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
