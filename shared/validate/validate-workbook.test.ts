import { describe, expect, it } from 'vitest';
import { context, sheetOf, workbookOf } from '../../tests/support/ledger-builder.ts';
import { validateWorkbook } from './validate-workbook.ts';

describe('validateWorkbook at scale', () => {
  it('reports 150,000 issues without overflowing the stack', () => {
    // One bad date per row: spreading that many drafts into push() used to throw a RangeError.
    const rows = Array.from({ length: 150_000 }, () => ({ 活动日期: '不是日期' }));
    const result = validateWorkbook(workbookOf({ activity: sheetOf('activity', rows) }), context);
    expect(result.errorCount).toBe(150_000);
    expect(result.issues).toHaveLength(150_000);
    expect(result.issues.every((i) => i.code === 'type-error' && i.rule === 'date')).toBe(true);
    expect(result.issues.at(-1)).toMatchObject({ row: 150_002, value: '不是日期' });
  }, 120_000);
});
