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
  /** Every field at its blank value, in column order: the shape of every typed row, each a copy of it. */
  readonly blankRow: Readonly<Record<string, FieldValue>>;
}

/**
 * Parsed from JSON, not built key by key: V8 lays out a parsed object with all its properties
 * inside it, where one built key by key keeps all but four in a second array, and a copy keeps
 * the layout of what it copies. So each typed row, a copy of this one, is one allocation, not two.
 */
function blankRowOf(columns: readonly CompiledColumn[]): Record<string, FieldValue> {
  // Stryker disable next-line ArrayDeclaration: the loop below stores every field either way; the parse is for speed.
  const shape = Object.fromEntries(columns.map((c) => [c.def.key, null]));
  const row = JSON.parse(JSON.stringify(shape)) as Record<string, FieldValue>;
  // The blanks themselves, not their JSON: a list column's blank is one frozen list, shared.
  for (const c of columns) row[c.def.key] = c.blank;
  return row;
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
    blankRow: blankRowOf(columns),
    indexOf,
    columnOf: (field) => positions.get(field) ?? -1,
    headerOf: (field) => def.columns[indexOf(field)]!.header,
  };
  cache.set(def, compiled);
  return compiled;
}
