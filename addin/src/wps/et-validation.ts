/** The template's data validations (shared/template) as ET's Validation.Add and its properties. */
import { canBeInline, type DataValidation } from '#shared/template/validation.ts';
import { type EtValidation, XL } from './et-types.ts';

interface AddArguments {
  readonly type: number;
  /** Lists and input-only rules have none. */
  readonly operator?: number;
  readonly formula1: string;
  readonly formula2?: string;
}

/** A date as a formula: a date string in Formula1 is read in the desk's locale, DATE() is not. */
const dateFormula = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `=DATE(${y},${m},${d})`;
};

function bounds(type: number, min: string | undefined, max: string | undefined): AddArguments {
  if (min !== undefined && max !== undefined) return { type, operator: XL.between, formula1: min, formula2: max };
  if (min !== undefined) return { type, operator: XL.greaterEqual, formula1: min };
  if (max !== undefined) return { type, operator: XL.lessEqual, formula1: max };
  throw new Error('a checked validation needs a bound');
}

const text = (n: number | undefined): string | undefined => (n === undefined ? undefined : String(n));

function addArguments(v: DataValidation): AddArguments | null {
  switch (v.type) {
    case 'list': {
      const source = v.values.join(',');
      if (!canBeInline(v.values)) throw new Error(`list too long for an inline dropdown: ${source}`);
      return { type: XL.validateList, formula1: source };
    }
    case 'whole':
      return bounds(XL.validateWholeNumber, text(v.min ?? -2_147_483_648), text(v.max));
    case 'date':
      return bounds(
        XL.validateDate,
        v.min === undefined ? undefined : dateFormula(v.min),
        v.max === undefined ? undefined : dateFormula(v.max),
      );
    case 'textLength':
      return bounds(XL.validateTextLength, undefined, text(v.max));
    case 'none':
      return null;
  }
}

const ALERT = { stop: XL.alertStop, warning: XL.alertWarning, information: XL.alertInformation } as const;

/** Applies one validation to a range that has none (Delete first: ET refuses Add over one). */
export function addEtValidation(target: EtValidation, v: DataValidation): void {
  const args = addArguments(v);
  // A prompt-only column still needs a rule to carry the prompt: input-only.
  if (args === null && !v.prompt) return;
  const alert = ALERT[v.errorStyle ?? 'stop'];
  if (args === null) target.Add(XL.validateInputOnly, alert);
  else target.Add(args.type, alert, args.operator, args.formula1, args.formula2);
  target.IgnoreBlank = v.allowBlank ?? true;
  if (v.prompt) {
    target.InputTitle = v.prompt.title;
    target.InputMessage = v.prompt.message;
    target.ShowInput = true;
  }
  const error = v.type === 'none' ? undefined : v.error;
  target.ShowError = error !== undefined;
  if (error) {
    target.ErrorTitle = error.title;
    target.ErrorMessage = error.message;
  }
}
