/**
 * Clerks type the same thing many ways: full-width digits and punctuation from Chinese
 * input methods, stray spaces, line breaks inside a cell. NFKC folds full-width forms to
 * their half-width equivalents; callers choose whether whitespace is noise.
 */

// Everything at or below U+007E is already NFKC-stable, so most cells skip normalize().
const NEEDS_NFKC = /[^\u0000-\u007e]/;

export function nfkc(text: string): string {
  return NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
}

const WHITESPACE = /\s+/g;

/** A comparison key: NFKC with all whitespace removed. */
export function foldKey(text: string): string {
  return nfkc(text).replace(WHITESPACE, '');
}
