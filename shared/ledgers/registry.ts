import { activity } from './activity.ts';
import { caseLibrary } from './case-library.ts';
import { inspection } from './inspection.ts';
import { rectification } from './rectification.ts';
import type { LedgerDefinition } from './types.ts';

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

/** The column rows are matched by across versions: the ledger's natural key (案件编号), else 序号. */
export function matchingKeyOf(def: LedgerDefinition): string {
  return def.naturalKey ?? 'seq';
}
