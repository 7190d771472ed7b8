import type { LedgerDefinition } from '../ledgers/types.ts';
import type { LedgerKey } from '../ledgers/registry.ts';
import { type CompiledColumn, compileColumn, type FieldValue } from './columns.ts';

/** A ledger prepared for validation: built once per definition and reused across runs. */
export interface CompiledLedger {
  readonly def: LedgerDefinition<LedgerKey>;
  readonly columns: readonly CompiledColumn[];
  /** The column's place in the definition; a field the ledger lacks is a bug in a rule, and throws. */
  readonly indexOf: (field: string) => number;
  /** The column's place in the definition, or -1 for a field a rule names that this ledger lacks (no row has it). */
  readonly columnOf: (field: string) => number;
  readonly headerOf: (field: string) => string;
  /** Every field at its blank value, in column order: the shape of every typed row. */
  readonly blankRow: Readonly<Record<string, FieldValue>>;
}

const cache = new WeakMap<LedgerDefinition<LedgerKey>, CompiledLedger>();

export function compileLedger(def: LedgerDefinition<LedgerKey>): CompiledLedger {
  const cached = cache.get(def);
  if (cached) return cached;
  const positions = new Map(def.columns.map((c, i) => [c.key, i]));
  const indexOf = (field: string): number => {
    const i = positions.get(field);
    if (i === undefined) throw new Error(`${def.key} has no column ${field}`);
    return i;
  };
  const columns = def.columns.map(compileColumn);
  const compiled: CompiledLedger = {
    def,
    columns,
    blankRow: Object.fromEntries(columns.map((c) => [c.def.key, c.blank])),
    indexOf,
    columnOf: (field) => positions.get(field) ?? -1,
    headerOf: (field) => def.columns[indexOf(field)]!.header,
  };
  cache.set(def, compiled);
  return compiled;
}
