import { activity } from './activity.ts';
import { inspection } from './inspection.ts';
import { rectification } from './rectification.ts';
import { templateReleases } from './template-releases.ts';
import type { LedgerDefinition, LedgerKey } from './types.ts';

/** Version stamped into workbooks by the template: the newest release (add one when a header or rule changes). */
export const TEMPLATE_VERSION: string = templateReleases[templateReleases.length - 1]!.version;

/**
 * Custom document properties the template stamps into a workbook. Document properties
 * (not a cell) so clerks cannot overwrite them by typing, and every spreadsheet program
 * (Excel, WPS, LibreOffice) keeps them when it saves the file.
 */
export const TEMPLATE_STAMP = { version: 'QingfengTemplate', year: 'QingfengYear' } as const;

/** In workbook order: cases first, so activities can reference them. */
export const ledgers = [rectification, activity, inspection] as const;
export type Ledger = (typeof ledgers)[number];

export const ledgerKeys: readonly LedgerKey[] = ledgers.map((l) => l.key);

/** The header of the column `key` of `def` (the key itself when the ledger has no such column). */
export function headerOf(def: LedgerDefinition, key: string): string {
  return def.columns.find((c) => c.key === key)?.header ?? key;
}

export function ledgerByKey(key: LedgerKey): LedgerDefinition {
  const found = ledgers.find((l) => l.key === key);
  if (!found) throw new Error(`unknown ledger ${key}`);
  return found;
}
