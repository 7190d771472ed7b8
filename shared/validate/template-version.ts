import { headerOf, ledgerByKey } from '../ledgers/registry.ts';
import { type IssueKey, kindOf, type ParamsOf } from './issue-kinds.ts';
import type { TemplateAddition, TemplateRelease } from '../ledgers/template-releases.ts';
import type { IssueDraft } from './issue.ts';

const VERSION = /^(\d{4})\.(\d+)$/;

function rank(version: string): number | null {
  const m = VERSION.exec(version.trim());
  return m ? Number(m[1]) * 1000 + Number(m[2]) : null;
}

/**
 * What the releases after `from` added: new ledgers' sheet names, new columns' headers, and new
 * values as "header：value" (each '' when there is none; the wording leaves those out).
 */
function addedSince(
  releases: readonly TemplateRelease[],
  from: number,
): Pick<ParamsOf<'template-version.upgradable'>, 'sheets' | 'columns' | 'values'> {
  const added = releases.slice(from + 1).flatMap((r): readonly TemplateAddition[] => r.added);
  const sheets = added.filter((a) => a.column === undefined).map((a) => ledgerByKey(a.ledger).sheetName);
  const columns = added.flatMap((a) =>
    a.column !== undefined && a.value === undefined ? [headerOf(ledgerByKey(a.ledger), a.column)] : [],
  );
  const values = added.flatMap((a) =>
    a.column !== undefined && a.value !== undefined ? [`${headerOf(ledgerByKey(a.ledger), a.column)}：${a.value}`] : [],
  );
  return {
    columns: columns.join('、'),
    values: values.join('、'),
    sheets: sheets.join('、'),
  };
}

const draft = <K extends `template-version.${string}` & IssueKey>(
  severity: IssueDraft['severity'],
  key: K,
  found: string,
  params: ParamsOf<K>,
): IssueDraft => ({
  severity,
  ...kindOf(key),
  ledger: null,
  sheet: null,
  row: null,
  column: null,
  header: null,
  value: found,
  params,
});

/**
 * A stamped workbook must carry a release still accepted (`releases`, oldest first, the last
 * current): an earlier one is read with a warning naming what upgrading adds. Workbooks without
 * a stamp (made by hand, or by another district's tool) are judged by their headers alone.
 */
export function checkTemplateVersion(found: string | null, releases: readonly TemplateRelease[]): IssueDraft | null {
  const current = releases[releases.length - 1]?.version ?? '';
  const version = found?.trim() ?? '';
  if (version === '' || version === current) return null;
  const accepted = releases.findIndex((r) => r.version === version);
  if (accepted >= 0)
    return draft('warning', 'template-version.upgradable', found ?? version, {
      found: version,
      current,
      ...addedSince(releases, accepted),
    });
  const foundRank = rank(version);
  const rule = foundRank === null ? 'unknown' : foundRank < (rank(current) ?? 0) ? 'outdated' : 'newer';
  return draft('error', `template-version.${rule}`, found ?? version, { found: version, current });
}
