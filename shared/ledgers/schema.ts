import { z } from 'zod';
import { textLength } from '../cells/text.ts';
import type { activity } from './activity.ts';
import type { inspection } from './inspection.ts';
import type { rectification } from './rectification.ts';
import { type Ledger, type LedgerKey, ledgers } from './registry.ts';
import type { Column } from './types.ts';

/**
 * Zod schemas of the typed rows the engine produces, derived from the ledger definitions.
 * The engine checks cells with compiled normalisers (a Zod pass per cell would cost more
 * than the whole check); these schemas describe and re-check its output at the boundaries:
 * API bodies, stored rows, the OpenAPI document.
 */

type Nullable<C, T> = C extends { readonly required: true } ? T : T | null;

/** The typed value of one column after normalisation. */
export type ColumnValue<C> = C extends { readonly type: 'integer'; readonly blankAs: number }
  ? number
  : C extends { readonly type: 'integer' }
    ? Nullable<C, number>
    : C extends { readonly type: 'enum'; readonly values: readonly (infer V)[] }
      ? Nullable<C, V>
      : C extends { readonly type: 'multiEnum'; readonly values: readonly (infer V)[] }
        ? V[]
        : Nullable<C, string>;

export type RowOf<D extends { readonly columns: readonly Column[] }> = {
  -readonly [C in D['columns'][number] as C['key']]: ColumnValue<C>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function columnSchema(column: Column): z.ZodType {
  const base = (() => {
    switch (column.type) {
      case 'text':
        return z
          .string()
          .min(1)
          .refine((s) => textLength(s) <= column.maxLength, { message: `≤ ${column.maxLength} characters` });
      case 'integer':
        return z.number().int().min(column.min);
      case 'date':
        return z.string().regex(ISO_DATE);
      case 'enum':
        return z.enum(column.values as [string, ...string[]]);
      case 'multiEnum':
        return z.array(z.enum(column.values as [string, ...string[]]));
    }
  })();
  const alwaysSet =
    column.required || column.type === 'multiEnum' || (column.type === 'integer' && column.blankAs !== undefined);
  return (alwaysSet ? base : base.nullable()).meta({ title: column.header });
}

function rowSchema<D extends { readonly key: string; readonly columns: readonly Column[] }>(
  def: D,
): z.ZodType<RowOf<D>> {
  const shape = Object.fromEntries(def.columns.map((c) => [c.key, columnSchema(c)]));
  // The mapped type RowOf<D> is what this shape infers to; TypeScript cannot follow
  // Object.fromEntries, and the row-schema tests check every engine row against it.
  return z.strictObject(shape) as unknown as z.ZodType<RowOf<D>>;
}

/** Each ledger's typed row, by key. */
export type RowsByLedger = { [L in Ledger as L['key']]: RowOf<L> };

export type RowSchemas = { readonly [K in LedgerKey]: z.ZodType<RowsByLedger[K]> };

/** One row schema per ledger of the registry, by key. */
export const rowSchemas = Object.fromEntries(ledgers.map((def) => [def.key, rowSchema(def)])) as RowSchemas;

export const rectificationRow = rowSchemas.rectification;
export const activityRow = rowSchemas.activity;
export const inspectionRow = rowSchemas.inspection;

export type RectificationRow = RowOf<typeof rectification>;
export type ActivityRow = RowOf<typeof activity>;
export type InspectionRow = RowOf<typeof inspection>;
