/** Excel's rules for sheet names, applied rather than enforced so a download never fails. */

const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;

/** A name Excel accepts: forbidden characters become "_", ≤ 31 characters, no edge apostrophes. */
export function safeSheetName(name: string): string {
  const cleaned = [...name.replace(FORBIDDEN, '_').trim()]
    .slice(0, MAX_LENGTH)
    .join('')
    .replace(/^'+|'+$/g, '');
  // "History" is reserved by Excel's change tracking.
  if (cleaned === '' || cleaned.toLowerCase() === 'history') return `${cleaned || 'Sheet'}_`;
  return cleaned;
}

/** Valid, and unique ignoring case (as Excel compares them): later duplicates get "(2)", "(3)"… */
export function uniqueSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeSheetName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `(${n})`;
      candidate = [...base].slice(0, MAX_LENGTH - suffix.length).join('') + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The sheet part of a reference: always quoted, which is valid for every name. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
