import type { RowRule } from '../ledgers/types.ts';
import type { FieldValue } from './columns.ts';
import type { Violation } from './issue.ts';
import { type IssueKey, kindOf, type ParamsOf } from './issue-kinds.ts';

/** A broken rule between fields, reported at `field`'s cell. */
export type RowViolation = Violation & {
  readonly field: string;
  /** The field compared with (`otherValue` in params), so the caller can show it as typed. */
  readonly other?: string;
};

type Row = Readonly<Record<string, FieldValue>>;

/**
 * Checks the rules between fields of one row. Fields that already failed their own
 * checks (`failed`) are skipped: one wrong cell gets one message, not a cascade.
 */
export function checkRowRules(
  rules: readonly RowRule[],
  row: Row,
  failed: ReadonlySet<string> | null,
  headerOf: (field: string) => string,
): RowViolation[] {
  const found: RowViolation[] = [];
  for (const rule of rules) {
    const fields =
      rule.kind === 'requiredIff' || rule.kind === 'positiveIff' ? [rule.field, rule.when] : [rule.field, rule.other];
    if (failed && fields.some((f) => failed.has(f))) continue;
    const value = row[rule.field];
    const report = <K extends IssueKey>(key: K, params: ParamsOf<K>, other?: string): void => {
      found.push({
        field: rule.field,
        severity: 'error',
        ...kindOf(key),
        params,
        ...(other === undefined ? {} : { other }),
      });
    };
    switch (rule.kind) {
      case 'notBefore': {
        const other = row[rule.other];
        if (typeof value === 'string' && typeof other === 'string' && value < other) {
          report(`constraint-error.${rule.kind}`, { other: headerOf(rule.other), otherValue: other }, rule.other);
        }
        break;
      }
      case 'notGreaterThan': {
        const other = row[rule.other];
        if (typeof value === 'number' && typeof other === 'number' && value > other) {
          report(`constraint-error.${rule.kind}`, { other: headerOf(rule.other), otherValue: other }, rule.other);
        }
        break;
      }
      case 'requiredIff': {
        const when = row[rule.when];
        if (when === null) break;
        const params = { when: headerOf(rule.when), equals: rule.equals, whenValue: String(when) };
        if (when === rule.equals && value === null) report('required.requiredIff', params);
        else if (when !== rule.equals && value !== null) report('constraint-error.blankUnless', params);
        break;
      }
      case 'positiveIff': {
        const when = row[rule.when];
        if (typeof value !== 'number' || typeof when !== 'number') break;
        if (when > 0 !== value > 0)
          report('constraint-error.positiveIff', { when: headerOf(rule.when), whenValue: when });
        break;
      }
    }
  }
  return found;
}
