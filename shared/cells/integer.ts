import type { CellValue } from './cell-value.ts';
import { CellFailure } from './failure.ts';
import { nfkc } from './fold.ts';

const notAnInteger = new CellFailure('type-error', 'integer');
const INTEGER_TEXT = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.0+)?$/;

/**
 * A non-blank cell as an integer. Text may carry full-width digits, thousands separators
 * (`1,200`) and one of the column's unit suffixes (`12人`); the sign is kept so the
 * range check, not this parser, tells the clerk a count cannot be negative.
 */
export function normaliseInteger(value: Exclude<CellValue, null>, units: readonly string[]): number | CellFailure {
  if (typeof value === 'number') return Number.isInteger(value) ? value : notAnInteger;
  if (typeof value !== 'string') return notAnInteger;
  let text = nfkc(value).replace(/\s+/g, '');
  for (const unit of units) {
    if (text.endsWith(unit)) {
      text = text.slice(0, -unit.length);
      break;
    }
  }
  if (!INTEGER_TEXT.test(text)) return notAnInteger;
  const parsed = Number(text.replace(/,/g, ''));
  return Number.isSafeInteger(parsed) ? parsed : notAnInteger;
}
