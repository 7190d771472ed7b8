import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank } from './blank.ts';
import { isExcelError } from './excel-error.ts';
import { normaliseText, textLength } from './text.ts';

describe('text, blanks and Excel errors', () => {
  it('trims text but keeps inner whitespace', () => {
    expect(normaliseText('  到王若飞故居   开展\n教育 ')).toBe('到王若飞故居   开展\n教育');
    expect(normaliseText('\u3000全角空格\u3000')).toBe('全角空格');
    expect(normaliseText(123)).toBe('123');
    expect(normaliseText(true)).toBe('TRUE');
    expect(normaliseText(false)).toBe('FALSE');
    expect(normaliseText(0.1)).toBe('0.1');
    expect(normaliseText(' ')).toBe('');
  });

  it('counts characters as a clerk does', () => {
    expect(textLength('七眼桥镇')).toBe(4);
    expect(textLength('𠀀𠀀')).toBe(2);
    // The first and last astral characters (low surrogates U+DC00 and U+DFFF), and the code units around them.
    expect(textLength('\u{10000}')).toBe(1);
    expect(textLength('\u{10FFFF}')).toBe(1);
    expect(textLength('\udbff\ue000')).toBe(2);
    expect(textLength('')).toBe(0);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => textLength(s) === [...s].length));
  });

  it('treats empty and whitespace-only cells as blank', () => {
    for (const v of [null, '', ' ', '\u3000', '\n', '\t \r\n']) expect(isBlank(v)).toBe(true);
    for (const v of [0, false, '0', 'a']) expect(isBlank(v)).toBe(false);
  });

  it('recognises Excel error values and nothing else', () => {
    for (const e of ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'])
      expect(isExcelError(e)).toBe(true);
    for (const v of ['#1', '＃N/A', 'N/A', '#', 12, null, '#REF', ' #N/A', '#n/a', true])
      expect(isExcelError(v), String(v)).toBe(false);
    // An error value starts with #: blanks after it are ignored, a blank before it makes it text.
    expect(isExcelError('#N/A ')).toBe(true);
    for (const e of [
      '#GETTING_DATA',
      '#FIELD!',
      '#BLOCKED!',
      '#CONNECT!',
      '#BUSY!',
      '#UNKNOWN!',
      '#PYTHON!',
      '#TIMEOUT!',
      '#EXTERNAL!',
    ])
      expect(isExcelError(e), e).toBe(true);
  });
});
