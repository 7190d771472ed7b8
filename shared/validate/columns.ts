import type { ApproximateCount } from '../cells/approximate.ts';
import type { CellValue } from '../cells/cell-value.ts';
import { normaliseDate } from '../cells/date.ts';
import { EnumLookup, normaliseEnum, normaliseMultiEnum } from '../cells/enum.ts';
import { CellFailure } from '../cells/failure.ts';
import { normaliseInteger } from '../cells/integer.ts';
import { normaliseText, textLength } from '../cells/text.ts';
import type { Column } from '../ledgers/types.ts';
import type { ValidationContext } from './context.ts';
import type { Severity, Violation } from './issue.ts';
import { type IssueKey, kindOf, type ParamsOf } from './issue-kinds.ts';

export type FieldValue = string | number | readonly string[] | null;

/** One column, compiled once per ledger so the per-cell path is a switch-free call. */
export interface CompiledColumn {
  readonly def: Column;
  /** The value of a blank cell (null, [] or the column's `blankAs`). */
  readonly blank: FieldValue;
  /** A non-blank, non-error cell to its typed value; an estimate (`1200余人`) to its count, warned of. */
  readonly read: (cell: Exclude<CellValue, null>) => FieldValue | ApproximateCount | CellFailure;
  /** The value's own constraints (not those between fields). */
  readonly check: (value: FieldValue, ctx: ValidationContext) => Violation | null;
}

/** A violation of a kind named once, with exactly the params its wording declares. */
const violation = <K extends IssueKey>(severity: Severity, key: K, params: ParamsOf<K>): Violation => ({
  severity,
  ...kindOf(key),
  params,
});

const MEMO_LIMIT = 1024;

const noCheck = (): Violation | null => null;

export function compileColumn(def: Column): CompiledColumn {
  switch (def.type) {
    case 'text': {
      const tooLong = violation('error', 'constraint-error.maxLength', { max: def.maxLength });
      return {
        def,
        blank: null,
        read: normaliseText,
        check: (v) =>
          typeof v === 'string' && v.length > def.maxLength && textLength(v) > def.maxLength ? tooLong : null,
      };
    }
    case 'integer': {
      const belowMin = violation('error', 'constraint-error.minimum', { min: def.min });
      const zero = violation('warning', 'suspicious-value.zero', {});
      const large =
        def.warnAbove === undefined ? null : violation('warning', 'suspicious-value.tooLarge', { max: def.warnAbove });
      return {
        def,
        blank: def.blankAs ?? null,
        read: (cell) => normaliseInteger(cell, def.units),
        check: (v) => {
          if (typeof v !== 'number') return null;
          if (v < def.min) return belowMin;
          if (def.warnIfZero && v === 0) return zero;
          return large !== null && def.warnAbove !== undefined && v > def.warnAbove ? large : null;
        },
      };
    }
    case 'date': {
      return {
        def,
        blank: null,
        read: normaliseDate,
        check: (v, ctx) => {
          if (typeof v !== 'string') return null;
          if (def.withinYear && Number(v.slice(0, 4)) !== ctx.year) {
            return violation('error', 'constraint-error.withinYear', { year: ctx.year });
          }
          if (def.notAfterToday && v > ctx.today)
            return violation('error', 'constraint-error.notAfterToday', { today: ctx.today });
          return null;
        },
      };
    }
    case 'enum': {
      const lookup = new EnumLookup(def.values);
      return { def, blank: null, read: (cell) => normaliseEnum(cell, lookup), check: noCheck };
    }
    case 'multiEnum': {
      const lookup = new EnumLookup(def.values);
      const empty = violation('error', 'required', {});
      // Clerks type the same few combinations over and over; parse each once per run.
      const seen = new Map<Exclude<CellValue, null>, readonly string[] | CellFailure>();
      return {
        def,
        // Shared by every blank cell of the column, so frozen: a row's list is its own only when typed.
        blank: Object.freeze([]),
        read: (cell) => {
          let parsed = seen.get(cell);
          if (parsed === undefined) {
            const read = normaliseMultiEnum(cell, lookup);
            // Frozen, so rows can share one list safely.
            parsed = read instanceof CellFailure ? read : Object.freeze(read);
            // Stryker disable next-line all: the memo only saves work; an unmemoised cell parses to an equal list.
            if (seen.size < MEMO_LIMIT) seen.set(cell, parsed);
          }
          return parsed;
        },
        // Separators alone (`、、`) read as an empty list: as blank as an empty cell.
        check: (v) => (def.required && Array.isArray(v) && v.length === 0 ? empty : null),
      };
    }
  }
}
