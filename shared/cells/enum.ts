import type { CellValue } from './cell-value.ts';
import { CellFailure } from './failure.ts';
import { foldKey, nfkc } from './fold.ts';

/** Maps what a clerk typed (ignoring spaces and full/half width) to the canonical value. */
export class EnumLookup<V extends string = string> {
  private readonly exact: ReadonlyMap<string, V>;
  private readonly folded: ReadonlyMap<string, V>;
  private readonly order: ReadonlyMap<V, number>;

  constructor(readonly values: readonly V[]) {
    this.exact = new Map(values.map((v) => [v, v]));
    this.folded = new Map(values.map((v) => [foldKey(v), v]));
    this.order = new Map(values.map((v, i) => [v, i]));
  }

  find(text: string): V | undefined {
    return this.exact.get(text) ?? this.folded.get(foldKey(text));
  }

  position(value: V): number {
    return this.order.get(value) ?? -1;
  }
}

const notInList = (key: 'type-error.enum' | 'type-error.multiEnum', item: string, lookup: EnumLookup): CellFailure =>
  new CellFailure(key, { item, allowed: lookup.values.join('、') });

export function normaliseEnum<V extends string>(
  value: Exclude<CellValue, null>,
  lookup: EnumLookup<V>,
): V | CellFailure {
  const text = typeof value === 'string' ? value : String(value);
  return lookup.find(text) ?? notInList('type-error.enum', text.trim(), lookup);
}

/** `、` `，` `,` `；` `;` `/` and line breaks (full-width forms fold to these under NFKC). */
const SEPARATORS = /[、,;/\r\n]+/;

/** Canonical values in the list's order, without duplicates. */
export function normaliseMultiEnum<V extends string>(
  value: Exclude<CellValue, null>,
  lookup: EnumLookup<V>,
): V[] | CellFailure {
  const text = typeof value === 'string' ? value : String(value);
  const found = new Set<V>();
  for (const part of nfkc(text).split(SEPARATORS)) {
    const item = part.trim();
    if (item === '') continue;
    const canonical = lookup.find(item);
    if (canonical === undefined) return notInList('type-error.multiEnum', item, lookup);
    found.add(canonical);
  }
  return [...found].sort((a, b) => lookup.position(a) - lookup.position(b));
}
