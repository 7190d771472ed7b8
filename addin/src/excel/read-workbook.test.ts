import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../shared/index.ts';
import { context } from '../../../tests/support/ledger-builder.ts';
import { fakeRun } from '../../test/fake-run.ts';
import { bigHost, plantedHost, sheetNames } from '../../test/workbooks.ts';
import { readStandardSheets } from './read-workbook.ts';

describe('readStandardSheets', () => {
  it('reads only standard sheets, with the template stamp', async () => {
    const host = plantedHost();
    const { input, year } = await readStandardSheets(fakeRun(host));
    expect(Object.keys(input.sheets)).toEqual([sheetNames.activity]);
    expect(input.sheets[sheetNames.activity]?.address).toBe(`${sheetNames.activity}!A1:M6`);
    expect(input.templateVersion).toBe('2026.1');
    expect(year).toBe(2026);
    const result = validateWorkbook(input, context);
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.warningCount).toBeGreaterThan(0);
  });

  it('passes an empty standard sheet on so the engine can report it', async () => {
    const host = plantedHost().addSheet(sheetNames.inspection);
    const { input } = await readStandardSheets(fakeRun(host));
    expect(input.sheets[sheetNames.inspection]).toEqual({ address: 'A1', values: [] });
  });

  it('takes two round trips whether a sheet has 100 rows or 50,000', async () => {
    const small = bigHost(100);
    const large = bigHost(50_000);
    const a = await readStandardSheets(fakeRun(small));
    const b = await readStandardSheets(fakeRun(large));
    expect(a.input.sheets[sheetNames.rectification]?.values).toHaveLength(102);
    expect(b.input.sheets[sheetNames.rectification]?.values).toHaveLength(50_002);
    expect(small.stats.syncs).toBe(2);
    expect(large.stats.syncs).toBe(small.stats.syncs);
    // The request does not grow with rows either; only the response does.
    expect(large.stats.payloadBytes).toEqual(small.stats.payloadBytes);
  });
});
