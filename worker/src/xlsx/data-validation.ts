/** <dataValidations> of a worksheet: dropdowns, number/date/length checks, input prompts. */
import { isoToExcelSerial } from '#shared/index.ts';
import { escapeAttribute, escapeText } from './xml-text.ts';
import type { DataValidation } from './types.ts';
import { canBeInline } from '#shared/template/validation.ts';

const MAX_TITLE = 32;
const MAX_MESSAGE = 255;

/** Where a list too long (or with commas or quotes) to be written inline is kept instead. */
export type ListReference = (values: readonly string[]) => string;

const cap = (text: string, max: number): string => [...text].slice(0, max).join('');

function messages(v: DataValidation): string {
  const attrs: string[] = [];
  if (v.prompt) {
    attrs.push(`showInputMessage="1" promptTitle="${escapeAttribute(cap(v.prompt.title, MAX_TITLE))}"`);
    attrs.push(`prompt="${escapeAttribute(cap(v.prompt.message, MAX_MESSAGE))}"`);
  }
  if (v.type !== 'none') {
    attrs.push(`showErrorMessage="1" errorStyle="${v.errorStyle ?? 'stop'}"`);
    if (v.error) {
      attrs.push(`errorTitle="${escapeAttribute(cap(v.error.title, MAX_TITLE))}"`);
      attrs.push(`error="${escapeAttribute(cap(v.error.message, MAX_MESSAGE))}"`);
    }
  }
  return attrs.map((a) => ` ${a}`).join('');
}

/** Operator and formulas for a lower and/or upper bound. */
function bounds(min: number | undefined, max: number | undefined, floor: number): string {
  if (min !== undefined && max !== undefined) {
    return ` operator="between"><formula1>${min}</formula1><formula2>${max}</formula2>`;
  }
  if (min !== undefined) return ` operator="greaterThanOrEqual"><formula1>${min}</formula1>`;
  if (max !== undefined) return ` operator="lessThanOrEqual"><formula1>${max}</formula1>`;
  // Excel needs a formula for every checked type: "any value of the type" is a bound at its floor.
  return ` operator="greaterThanOrEqual"><formula1>${floor}</formula1>`;
}

const serial = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : isoToExcelSerial(iso));

function rule(v: DataValidation, listReference: ListReference): { type: string; body: string } {
  switch (v.type) {
    case 'list': {
      const formula = canBeInline(v.values) ? `"${v.values.join(',')}"` : listReference(v.values);
      return { type: 'list', body: `><formula1>${escapeText(formula)}</formula1>` };
    }
    case 'whole':
      return { type: 'whole', body: bounds(v.min, v.max, -2_147_483_648) };
    case 'date':
      return { type: 'date', body: bounds(serial(v.min), serial(v.max), 1) };
    case 'textLength':
      return { type: 'textLength', body: bounds(undefined, v.max, 0) };
    case 'none':
      return { type: 'none', body: '>' };
  }
}

function validationXml(v: DataValidation, listReference: ListReference): string {
  const { type, body } = rule(v, listReference);
  const typeAttr = type === 'none' ? '' : ` type="${type}"`;
  const blank = v.allowBlank === false ? '' : ' allowBlank="1"';
  return `<dataValidation${typeAttr}${blank}${messages(v)} sqref="${escapeAttribute(v.sqref)}"${body}</dataValidation>`;
}

export function dataValidationsXml(validations: readonly DataValidation[], listReference: ListReference): string {
  if (validations.length === 0) return '';
  const items = validations.map((v) => validationXml(v, listReference)).join('');
  return `<dataValidations count="${validations.length}">${items}</dataValidations>`;
}
