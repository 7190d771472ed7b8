/** The template's data validations (shared/template) in Office.js's shape (ExcelApi 1.8). */
import { canBeInline, type DataValidation } from '#shared/template/validation.ts';

export interface OfficeValidation {
  readonly rule: Excel.DataValidationRule | null;
  readonly errorAlert: Excel.DataValidationErrorAlert | null;
  readonly prompt: Excel.DataValidationPrompt | null;
}

/** Numbers for whole numbers and lengths, ISO date strings for dates: the same three shapes. */
function bounds<T extends number | string>(
  min: T | undefined,
  max: T | undefined,
): { formula1: T; formula2?: T; operator: 'Between' | 'GreaterThanOrEqualTo' | 'LessThanOrEqualTo' } {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: 'Between' };
  if (min !== undefined) return { formula1: min, operator: 'GreaterThanOrEqualTo' };
  if (max !== undefined) return { formula1: max, operator: 'LessThanOrEqualTo' };
  throw new Error('a checked validation needs a bound');
}

function rule(v: DataValidation): Excel.DataValidationRule | null {
  switch (v.type) {
    case 'list': {
      const source = v.values.join(',');
      // Every standard list fits (the insert test applies them all); the .xlsx writer has a fallback.
      if (!canBeInline(v.values)) throw new Error(`list too long for an inline dropdown: ${source}`);
      return { list: { inCellDropDown: true, source } };
    }
    case 'whole':
      return { wholeNumber: bounds(v.min ?? -2_147_483_648, v.max) };
    case 'date':
      return { date: bounds(v.min, v.max) };
    case 'textLength':
      return { textLength: bounds(undefined, v.max) };
    case 'none':
      return null;
  }
}

export function officeValidation(v: DataValidation): OfficeValidation {
  return {
    rule: rule(v),
    errorAlert:
      v.type === 'none' || !v.error
        ? null
        : {
            showAlert: true,
            style: v.errorStyle === 'warning' ? 'Warning' : v.errorStyle === 'information' ? 'Information' : 'Stop',
            title: v.error.title,
            message: v.error.message,
          },
    prompt: v.prompt ? { showPrompt: true, title: v.prompt.title, message: v.prompt.message } : null,
  };
}
