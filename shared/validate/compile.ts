import type { LedgerDefinition } from '../ledgers/types.ts';
import { type CompiledColumn, compileColumn } from './columns.ts';

/** A ledger prepared for validation: built once per definition and reused across runs. */
export interface CompiledLedger {
  readonly def: LedgerDefinition;
  readonly columns: readonly CompiledColumn[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly headerOf: (field: string) => string;
}

const cache = new WeakMap<LedgerDefinition, CompiledLedger>();

export function compileLedger(def: LedgerDefinition): CompiledLedger {
  const cached = cache.get(def);
  if (cached) return cached;
  const indexOf = new Map(def.columns.map((c, i) => [c.key, i]));
  const compiled: CompiledLedger = {
    def,
    columns: def.columns.map(compileColumn),
    indexOf,
    headerOf: (field) => def.columns[indexOf.get(field) ?? -1]?.header ?? field,
  };
  cache.set(def, compiled);
  return compiled;
}
