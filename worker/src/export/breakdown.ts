import { addTotals, emptyTotals, type NamedTotals } from '#shared/report/totals.ts';
import type { Consolidation } from './load.ts';

/**
 * Who contributed what: each unit directly below the scope with its whole subtree (a township
 * with its villages), after the scope's own ledgers as 本级 when it reported any. A scope with
 * nothing below it is its own single row.
 */
export function breakdown(c: Consolidation): NamedTotals[] {
  const own = c.units.find((u) => u.code === c.root.code);
  const children = c.units.filter((u) => u.parentCode === c.root.code);
  if (!own || children.length === 0) return own ? [{ name: own.name, totals: own.totals }] : [];
  const below = children.map((child) => ({
    name: child.name,
    totals: c.units
      .filter((u) => u.path.startsWith(child.path))
      .reduce((sum, u) => addTotals(sum, u.totals), emptyTotals()),
  }));
  return own.chosen ? [{ name: `${own.name}（本级）`, totals: own.totals }, ...below] : below;
}
