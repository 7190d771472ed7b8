import { activity } from './activity.ts';
import { caseLibrary } from './case-library.ts';
import { inspection } from './inspection.ts';
import { rectification } from './rectification.ts';
import { templateReleases } from './template-releases.ts';
import type { LedgerDefinition } from './types.ts';

/** Version stamped into workbooks by the template: the newest release (add one when a header or rule changes). */
export const TEMPLATE_VERSION: string = templateReleases[templateReleases.length - 1]!.version;

/**
 * Custom document properties the template stamps into a workbook. Document properties
 * (not a cell) so clerks cannot overwrite them by typing, and every spreadsheet program
 * (Excel, WPS, LibreOffice) keeps them when it saves the file.
 */
export const TEMPLATE_STAMP = { version: 'QingfengTemplate', year: 'QingfengYear' } as const;

/**
 * What every consumer reads about the ledgers, built from one list of definitions: the engine,
 * the schemas, the template, storage, the export and the pages all take the ledgers from here,
 * so a ledger is its definition and one line below. (A test builds a registry of its own list
 * to prove that: tests/support/registry-with.ts.)
 */
export function registryOf<const L extends readonly LedgerDefinition[]>(list: L) {
  return {
    ledgers: list,
    ledgerKeys: list.map((l): L[number]['key'] => l.key),
    ledgerByKey(key: string): L[number] {
      const found = list.find((l) => l.key === key);
      if (!found) throw new Error(`unknown ledger ${key}`);
      return found;
    },
  };
}

/** In workbook order: cases first, so activities and the case library can reference them. */
export const { ledgers, ledgerKeys, ledgerByKey } = registryOf([rectification, activity, inspection, caseLibrary]);
export type Ledger = (typeof ledgers)[number];
export type LedgerKey = Ledger['key'];

/** The header of the column `key` of `def` (the key itself when the ledger has no such column). */
export function headerOf(def: LedgerDefinition, key: string): string {
  return def.columns.find((c) => c.key === key)?.header ?? key;
}
