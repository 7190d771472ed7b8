import type { CellValue } from './cell-value.ts';

/** A non-blank cell as text: trimmed, inner whitespace kept; numbers as Excel would show them. */
export function normaliseText(value: Exclude<CellValue, null>): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Length as a clerk counts it: one per character, astral characters included. */
export function textLength(text: string): number {
  let surrogates = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) surrogates++;
  }
  return text.length - surrogates;
}
