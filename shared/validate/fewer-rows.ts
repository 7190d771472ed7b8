import { ledgers } from '../ledgers/registry.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import type { IssueDraft } from './issue.ts';

/**
 * The version a submission would replace: the unit-year's newest that was not returned, which
 * is what the exports count until then. Every submission is a full snapshot, so rows missing
 * from the new one vanish from every export — the rule below makes the clerk say it is meant.
 */
export interface ReplacedVersion {
  readonly version: number;
  readonly counts: Readonly<Record<LedgerKey, number>>;
}

/** A ledger shrinks "far" when it loses at least a quarter of its rows, or at least this many. */
export const FAR_FEWER = { share: 0.25, rows: 10 } as const;

const warning = (
  rule: 'no-rows' | 'emptied' | 'fewer',
  ledger: LedgerKey | null,
  sheet: string | null,
  params: IssueDraft['params'],
): IssueDraft => ({
  severity: 'warning',
  code: 'fewer-rows',
  rule,
  ledger,
  sheet,
  row: null,
  column: null,
  header: null,
  value: null,
  params,
});

/**
 * Warnings for a submission with `counts` data rows per ledger (0 for a missing sheet) that
 * would replace `replaced` (null: the unit-year's first). No data rows at all is always
 * worth a second look; otherwise each ledger that had rows and now has none, or far fewer.
 */
export function fewerRowsWarnings(
  replaced: ReplacedVersion | null,
  counts: Readonly<Record<LedgerKey, number>>,
): IssueDraft[] {
  const version = replaced?.version ?? 0;
  const total = ledgers.reduce((n, l) => n + counts[l.key], 0);
  if (total === 0)
    return [
      warning('no-rows', null, null, {
        version,
        before: ledgers.reduce((n, l) => n + (replaced?.counts[l.key] ?? 0), 0),
      }),
    ];
  if (!replaced) return [];
  return ledgers.flatMap((def) => {
    const before = replaced.counts[def.key];
    const after = counts[def.key];
    const lost = before - after;
    if (before === 0 || lost <= 0) return [];
    if (after === 0) return [warning('emptied', def.key, def.sheetName, { version, before })];
    if (lost < FAR_FEWER.rows && lost < before * FAR_FEWER.share) return [];
    return [warning('fewer', def.key, def.sheetName, { version, before, after, lost })];
  });
}
