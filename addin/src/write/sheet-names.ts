/** Names the pane gives sheets, by Excel's rules, which WPS 表格 keeps too. */

/** A name for the copy of a sheet before its rebuild, not yet taken (Excel compares names without case). */
export function backupName(sheet: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '(升级前)' : `(升级前${n})`;
    const name = `${sheet.slice(0, 31 - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\. */
export function sheetNameFor(prefix: string, name: string): string {
  return `${prefix}${name}`.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}
