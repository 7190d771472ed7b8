import type { IssueDraft } from './issue.ts';

const VERSION = /^(\d{4})\.(\d+)$/;

function rank(version: string): number | null {
  const m = VERSION.exec(version.trim());
  return m ? Number(m[1]) * 1000 + Number(m[2]) : null;
}

/**
 * A stamped workbook must carry the current template version. Workbooks without a stamp
 * (made by hand, or by another district's tool) are judged by their headers alone.
 */
export function checkTemplateVersion(found: string | null, current: string): IssueDraft | null {
  if (found === null || found.trim() === '' || found.trim() === current) return null;
  const foundRank = rank(found);
  const currentRank = rank(current) ?? 0;
  const rule = foundRank === null ? 'unknown' : foundRank < currentRank ? 'outdated' : 'newer';
  return {
    severity: 'error', code: 'template-version', rule, ledger: null, sheet: null, row: null, column: null, header: null,
    value: found, params: { found: found.trim(), current },
  };
}
