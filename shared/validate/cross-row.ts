import type { CellValue } from '../cells/cell-value.ts';
import type { FieldValue } from './columns.ts';
import type { CompiledLedger } from './compile.ts';
import type { Violation } from './issue.ts';
import { type KeyPart, KeyTable, type PartHash } from './key-table.ts';

/** Places a cross-row finding at `field` of row `row`. */
export type Place = (row: number, field: string, value: CellValue, v: Violation) => void;

/** A row whose key hashed as an earlier row's did: its key, kept exactly, and the value its issue shows. */
interface Candidate {
  readonly row: number;
  readonly key: readonly KeyPart[];
  readonly value: CellValue;
}

/** One rule across rows: a unique column (an error at each repeat) or the suspected duplicate rows (a warning). */
interface KeyRule {
  /** The field an issue is placed at. */
  readonly lead: string;
  /** The fields' columns; -1 for a field the ledger lacks, which no row has. */
  readonly indexes: readonly number[];
  /** Unique columns compare values as they are (7 is not "7"); duplicate rows as String() shows them. */
  readonly unique: boolean;
  readonly first: KeyTable;
  /** Candidates by the first row of their hash, in row order. */
  readonly candidates: Map<number, Candidate[]>;
  /** The exact keys of those first rows: from `recent`, or read again. */
  readonly known: Map<number, readonly KeyPart[]>;
  /** The keys (a part per index) of the rows of the last RECENT row numbers that had one, at row % RECENT, and those rows. */
  readonly recent: KeyPart[];
  readonly recentRows: Int32Array;
}

/**
 * How many rows back a repeat is confirmed at once, from the keys of the rows just read: a
 * row copied down repeats the one above it, and then no row is read again.
 */
export const RECENT = 256;

/**
 * Unique columns and suspected duplicate rows, one row at a time, keeping 24 to 48 bytes a key
 * (a KeyTable of hashes), never the rows nor their keys (but those of the last RECENT rows). A
 * row whose key hashes as an earlier row's is a candidate: its key is kept, and so is the
 * earlier row's when it is recent; the others are read again once the sheet is read
 * (`rowsToReread`, `rereadRow`). So every repeat is found by comparing keys, and the issues
 * name exactly the first row with the same key.
 */
export class CrossRowCheck {
  private readonly rules: KeyRule[] = [];

  constructor(ledger: CompiledLedger, hash?: PartHash) {
    const { columns } = ledger.def;
    const rule = (lead: string, indexes: readonly number[], unique: boolean): KeyRule => ({
      lead,
      indexes,
      unique,
      first: new KeyTable(hash),
      candidates: new Map(),
      known: new Map(),
      recent: new Array<KeyPart>(RECENT * indexes.length).fill(''),
      recentRows: new Int32Array(RECENT),
    });
    columns.forEach((c, index) => {
      if (c.unique) this.rules.push(rule(c.key, [index], true));
    });
    const fields = ledger.def.duplicateRow?.fields ?? [];
    // Stryker disable next-line StringLiteral: the rule has fields, so the lead is one of them.
    if (fields.length > 0) this.rules.push(rule(fields[0] ?? '', fields.map(ledger.columnOf), false));
  }

  /** Notes the row `row` (its values by ledger column) against the rows before it. */
  check(row: number, values: readonly FieldValue[]): void {
    for (const rule of this.rules) {
      if (!hasKey(rule, values)) continue;
      const { indexes, recent } = rule;
      const at = (row % RECENT) * indexes.length;
      for (let i = 0; i < indexes.length; i++) {
        const part = partOf(rule, values[indexes[i]!]!);
        rule.first.part(part);
        recent[at + i] = part;
      }
      rule.recentRows[row % RECENT] = row;
      const first = rule.first.firstRow(row);
      if (first === -1) continue;
      if (rule.recentRows[first % RECENT] === first && !rule.known.has(first)) {
        const from = (first % RECENT) * indexes.length;
        rule.known.set(first, recent.slice(from, from + indexes.length));
      }
      const value = values[rule.indexes[0] ?? -1];
      const candidate = {
        row,
        key: keyOf(rule, values),
        value: typeof value === 'string' || typeof value === 'number' ? value : null,
      };
      const found = rule.candidates.get(first);
      if (found === undefined) rule.candidates.set(first, [candidate]);
      else found.push(candidate);
    }
  }

  /** The first rows whose keys must be read again, or null when there are none. */
  rowsToReread(): ReadonlySet<number> | null {
    const rows = new Set<number>();
    for (const { candidates, known } of this.rules)
      for (const first of candidates.keys()) if (!known.has(first)) rows.add(first);
    return rows.size === 0 ? null : rows;
  }

  /** Whether row `row` is one `rowsToReread` named. */
  wants(row: number): boolean {
    return this.rules.some((rule) => rule.candidates.has(row) && !rule.known.has(row));
  }

  /** The keys of row `row`, read again. */
  rereadRow(row: number, values: readonly FieldValue[]): void {
    for (const rule of this.rules)
      if (rule.candidates.has(row) && !rule.known.has(row) && hasKey(rule, values))
        rule.known.set(row, keyOf(rule, values));
  }

  /**
   * Places each repeat, once the first rows are read again; returns the rows that repeat a
   * unique value (an error: they are not kept).
   */
  finish(place: Place): ReadonlySet<number> {
    const repeating = new Set<number>();
    for (const rule of this.rules) {
      for (const [first, candidates] of rule.candidates) {
        // The rows that share this hash, in order: the first (its key read again), then the candidates.
        const seen: { readonly row: number; readonly key: readonly KeyPart[] }[] = [];
        const firstKey = rule.known.get(first);
        if (firstKey === undefined)
          throw new Error(`row ${first} was not read again: the repeats of its key are unknown`);
        seen.push({ row: first, key: firstKey });
        for (const candidate of candidates) {
          const earlier = seen.find((s) => sameKey(s.key, candidate.key));
          if (earlier === undefined) {
            seen.push(candidate);
            continue;
          }
          const params = { firstRow: earlier.row };
          if (rule.unique) {
            repeating.add(candidate.row);
            place(candidate.row, rule.lead, candidate.value, {
              severity: 'error',
              code: 'unique-error',
              rule: null,
              params,
            });
          } else
            place(candidate.row, rule.lead, candidate.value, {
              severity: 'warning',
              code: 'duplicate-row',
              rule: null,
              params,
            });
        }
      }
    }
    return repeating;
  }
}

/**
 * Whether the row has a key for the rule: no blank field, and for a unique column a value
 * that is text or a number.
 */
function hasKey(rule: KeyRule, values: readonly FieldValue[]): boolean {
  for (const index of rule.indexes) {
    const value = values[index];
    if (value === null || value === undefined) return false;
    if (rule.unique && typeof value !== 'string' && typeof value !== 'number') return false;
  }
  return true;
}

/** A field of a key: as it is for a unique column, as String() shows it for duplicate rows (a list as its items joined). */
function partOf(rule: KeyRule, value: FieldValue): KeyPart {
  return typeof value === 'string' || (rule.unique && typeof value === 'number') ? value : String(value);
}

/** The rule's key of a row that has one (hasKey), kept exactly. */
function keyOf(rule: KeyRule, values: readonly FieldValue[]): KeyPart[] {
  return rule.indexes.map((index) => partOf(rule, values[index] ?? null));
}

function sameKey(a: readonly KeyPart[], b: readonly KeyPart[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
