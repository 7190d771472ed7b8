import { describe, expect, it } from 'vitest';
import { apiErrorKinds, clientErrorKinds, type ErrorParams, type ErrorReason } from '../api/error-kinds.ts';
import { errorLocales } from './error-locales.ts';
import { wordError, wordRefusal } from './errors.ts';

const reasons = [
  ...Object.entries(apiErrorKinds).map(([reason, kind]) => [reason, kind.params] as const),
  ...Object.entries(clientErrorKinds),
] as [ErrorReason, readonly string[]][];

describe('refusal wording', () => {
  it.each(reasons)('%s is worded in every language from its own params', (reason, names) => {
    const params: ErrorParams = Object.fromEntries(
      names.map((name, i) => [name, name === 'roles' ? 'clerk' : 1_048_576 * (i + 1)]),
    );
    for (const locale of Object.keys(errorLocales) as (keyof typeof errorLocales)[]) {
      // The tables are typed by the kinds; this proves no wording reads a param its kind lacks.
      const said = wordError(reason, params as never, errorLocales[locale]);
      expect(said, `${reason} in ${locale}`).not.toMatch(/undefined|NaN|\[object/);
      expect(said.length).toBeGreaterThan(5);
      if (locale === 'zh-CN') expect(said).toMatch(/[\u4e00-\u9fff]/);
      else expect(said).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names the roles allowed in each language', () => {
    expect(wordError('role-required', { roles: 'clerk,supervisor' })).toBe('此操作仅限填报员或监督员');
    expect(wordError('role-required', { roles: 'clerk' }, errorLocales.en)).toBe('Only clerks may do this.');
  });

  it('follows a refusal explained by its issue with the issue’s sentence, and no other', () => {
    expect(wordRefusal('file-unreadable', {}, '文件已损坏', errorLocales['zh-CN'])).toBe('无法读取此文件：文件已损坏');
    expect(wordRefusal('file-unreadable', {}, 'the file is damaged', errorLocales.en)).toBe(
      'This file cannot be read: the file is damaged',
    );
    expect(wordRefusal('workbook-errors', { errors: 2 }, '“活动名称”为必填项')).toBe(
      '台账有 2 个错误，未能报送，请改正后重新报送',
    );
  });
});
