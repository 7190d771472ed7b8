/**
 * Splits operations into syncs that each stay under a payload budget. Excel on the web
 * rejects a request over ~5 MB; 1 MB leaves room for Office.js's own framing.
 */
export const DEFAULT_SYNC_BUDGET = 1_000_000;

/**
 * What one "get ranges, set their fill" costs in Office.js's request JSON beyond the
 * address itself (object paths, action ids, property names): a generous guess, so the
 * real request stays under the budget even if the framing is heavier than we think.
 */
export const OPERATION_OVERHEAD_BYTES = 600;

const utf8 = new TextEncoder();

export function operationBytes(...texts: readonly string[]): number {
  return OPERATION_OVERHEAD_BYTES + texts.reduce((sum, t) => sum + utf8.encode(t).length, 0);
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
