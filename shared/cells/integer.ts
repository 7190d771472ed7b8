import { ApproximateCount } from './approximate.ts';
import type { CellValue } from './cell-value.ts';
import { CellFailure } from './failure.ts';
import { nfkc } from './fold.ts';

const notAnInteger = new CellFailure('type-error.integer');
const INTEGER_TEXT = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.0+)?$/;

/** `约1200人`, `1200人左右`, `1200余人`, `1200多人`: the words around a figure that say it is rounded. */
const ABOUT_BEFORE = /^(?:大约|约)/;
const ABOUT_AFTER = /左右$/;
const MORE_THAN = /[余多]$/;

/**
 * A non-blank cell as an integer. Text may carry full-width digits, thousands separators
 * (`1,200`), one of the column's unit suffixes (`12人`) and the words of an estimate
 * (`1200余人`, read as an ApproximateCount); the sign is kept so the range check, not this
 * parser, tells the clerk a count cannot be negative.
 */
export function normaliseInteger(
  value: Exclude<CellValue, null>,
  units: readonly string[],
): number | ApproximateCount | CellFailure {
  if (typeof value === 'number') return Number.isInteger(value) ? value : notAnInteger;
  if (typeof value !== 'string') return notAnInteger;
  let text = nfkc(value).replace(/\s+/g, '');
  const before = ABOUT_BEFORE.exec(text);
  if (before) text = text.slice(before[0].length);
  const after = ABOUT_AFTER.exec(text);
  if (after) text = text.slice(0, -after[0].length);
  for (const unit of units) {
    if (text.endsWith(unit)) {
      text = text.slice(0, -unit.length);
      break;
    }
  }
  const more = MORE_THAN.exec(text);
  if (more) text = text.slice(0, -more[0].length);
  if (!INTEGER_TEXT.test(text)) return notAnInteger;
  const parsed = Number(text.replace(/,/g, ''));
  if (!Number.isSafeInteger(parsed)) return notAnInteger;
  return before || after || more ? new ApproximateCount(parsed) : parsed;
}
