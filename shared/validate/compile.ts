import type { LedgerDefinition, LedgerKey } from '../ledgers/types.ts';
import { type CompiledColumn, compileColumn, type FieldValue } from './columns.ts';

/** A ledger prepared for validation: built once per definition and reused across runs. */
export interface CompiledLedger {
  readonly def: LedgerDefinition<LedgerKey>;
  readonly columns: readonly CompiledColumn[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly headerOf: (field: string) => string;
  /** Every field at its blank value, in column order: the shape of every typed row. */
  readonly blankRow: Readonly<Record<string, FieldValue>>;
}

const cache = new WeakMap<LedgerDefinition<LedgerKey>, CompiledLedger>();

export function compileLedger(def: LedgerDefinition<LedgerKey>): CompiledLedger {
  const cached = cache.get(def);
  if (cached) return cached;
  const indexOf = new Map(def.columns.map((c, i) => [c.key, i]));
  const columns = def.columns.map(compileColumn);
  const compiled: CompiledLedger = {
    def,
    columns,
    blankRow: Object.fromEntries(columns.map((c) => [c.def.key, c.blank])),
    indexOf,
    headerOf: (field) => def.columns[indexOf.get(field) ?? -1]?.header ?? field,
  };
  cache.set(def, compiled);
  return compiled;
}
