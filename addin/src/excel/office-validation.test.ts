import { describe, expect, it } from 'vitest';
import { officeValidation } from './office-validation.ts';

/** Office.js's DataValidationRule shapes, written out: what Excel receives for each kind of template rule. */
describe('the template’s validations in Office.js’s shape', () => {
  const at = { sqref: 'C3:C2000' };

  it('lists become in-cell dropdowns of their values', () => {
    expect(officeValidation({ ...at, type: 'list', values: ['理论学习', '红廉教育'] }).rule).toEqual({
      list: { inCellDropDown: true, source: '理论学习,红廉教育' },
    });
  });

  it('whole numbers, dates and lengths take Between, ≥ or ≤ by the bounds they have', () => {
    expect(officeValidation({ ...at, type: 'whole', min: 0, max: 5000 }).rule).toEqual({
      wholeNumber: { formula1: 0, formula2: 5000, operator: 'Between' },
    });
    expect(officeValidation({ ...at, type: 'whole', min: 0 }).rule).toEqual({
      wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' },
    });
    expect(officeValidation({ ...at, type: 'whole', max: 9 }).rule).toEqual({
      wholeNumber: { formula1: -2_147_483_648, formula2: 9, operator: 'Between' },
    });
    expect(officeValidation({ ...at, type: 'date', max: '2026-12-31' }).rule).toEqual({
      date: { formula1: '2026-12-31', operator: 'LessThanOrEqualTo' },
    });
    expect(officeValidation({ ...at, type: 'textLength', max: 500 }).rule).toEqual({
      textLength: { formula1: 500, operator: 'LessThanOrEqualTo' },
    });
    expect(officeValidation({ ...at, type: 'none' })).toEqual({ rule: null, errorAlert: null, prompt: null });
  });

  it('carries the prompt and the error alert in its style, Stop by default', () => {
    const prompt = { title: '活动日期', message: '填写 2026 年内的日期' };
    const error = { title: '日期无效', message: '请填写 2026 年内的日期' };
    expect(officeValidation({ ...at, type: 'date', min: '2026-01-01', prompt, error })).toEqual({
      rule: { date: { formula1: '2026-01-01', operator: 'GreaterThanOrEqualTo' } },
      errorAlert: { showAlert: true, style: 'Stop', title: '日期无效', message: '请填写 2026 年内的日期' },
      prompt: { showPrompt: true, title: '活动日期', message: '填写 2026 年内的日期' },
    });
    expect(officeValidation({ ...at, type: 'whole', min: 0, error, errorStyle: 'warning' }).errorAlert?.style).toBe(
      'Warning',
    );
    expect(officeValidation({ ...at, type: 'whole', min: 0, error, errorStyle: 'information' }).errorAlert?.style).toBe(
      'Information',
    );
    expect(officeValidation({ ...at, type: 'whole', min: 0 }).errorAlert).toBeNull();
  });
});
