import { type LedgerKey, ledgers } from '../ledgers/registry.ts';
import type { LedgerDefinition, LedgerTally } from '../ledgers/types.ts';

/** A ledger the consolidated workbook adds up by its definition's tally (see LedgerTally). */
export interface TalliedLedger {
  readonly def: LedgerDefinition<LedgerKey>;
  readonly tally: LedgerTally;
}

const all: readonly LedgerDefinition<LedgerKey>[] = ledgers;

/** In registry order. */
export const talliedLedgers: readonly TalliedLedger[] = all.flatMap((def) =>
  def.tally ? [{ def, tally: def.tally }] : [],
);

/** Rows and the tally's sums (in its order) of one unit, one value, or a roll-up. */
export interface TallyTotals {
  rows: number;
  sums: number[];
}

export const emptyTally = (t: TalliedLedger): TallyTotals => ({ rows: 0, sums: t.tally.sums.map(() => 0) });

/** Adds `b` into `a`. */
export function addTally(a: TallyTotals, b: TallyTotals): TallyTotals {
  a.rows += b.rows;
  b.sums.forEach((n, i) => {
    a.sums[i] = (a.sums[i] ?? 0) + n;
  });
  return a;
}
