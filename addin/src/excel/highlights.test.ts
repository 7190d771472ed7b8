import { describe, expect, it } from 'vitest';
import { type Issue, validateWorkbook } from '#shared/index.ts';
import { context } from '../../../tests/support/ledger-builder.ts';
import { atEnds, EXCEL_API_LEVELS, fakePort } from '../../test/fake-port.ts';
import { bigHost, plantedHost, sheetNames } from '../../test/workbooks.ts';
import { highlightColour } from '../highlight/colours.ts';
import { highlightIssues } from './highlights.ts';
import { readStandardSheets } from './read-workbook.ts';

const cellIssue = (sheet: string, row: number, column: string): Issue => ({
  severity: 'error',
  code: 'required',
  rule: null,
  ledger: null,
  sheet,
  row,
  column,
  header: null,
  value: null,
  params: {},
  message: '',
});

describe.each(EXCEL_API_LEVELS)('highlightIssues at ExcelApi 1.%i', (minor) => {
  it('paints error and warning cells of a checked workbook in their colours', async () => {
    const host = plantedHost(minor);
    const run = fakePort(host);
    const { input } = await readStandardSheets(run);
    const { issues } = validateWorkbook(input, context);
    await highlightIssues(run, issues, []);

    const expected: Record<string, string> = {};
    for (const i of issues.filter((x) => x.sheet !== null && x.row !== null && x.column !== null)) {
      const key = `${i.column}${i.row}`;
      if (expected[key] !== highlightColour.error) expected[key] = highlightColour[i.severity];
    }
    expect(Object.values(expected)).toContain(highlightColour.error);
    expect(Object.values(expected)).toContain(highlightColour.warning);
    expect(host.fills(sheetNames.activity)).toEqual(expected);
  });

  it('clears the previous highlights first', async () => {
    const host = plantedHost(minor);
    const run = fakePort(host);
    const sheet = sheetNames.activity;
    const { painted: first } = await highlightIssues(
      run,
      [cellIssue(sheet, 3, 'B'), cellIssue(sheet, 4, 'B'), cellIssue(sheet, 4, 'C')],
      [],
    );
    expect(host.fills(sheet)).toEqual({
      B3: highlightColour.error,
      B4: highlightColour.error,
      C4: highlightColour.error,
    });
    await highlightIssues(run, [cellIssue(sheet, 4, 'C')], first);
    expect(host.fills(sheet)).toEqual({ C4: highlightColour.error });
  });

  it('skips sheets deleted since the last highlight', async () => {
    const host = plantedHost(minor);
    const previous = [{ sheet: 'gone', address: 'A1' }];
    await expect(highlightIssues(fakePort(host), [], previous)).resolves.toEqual({ painted: [], protectedSheets: [] });
  });

  if (atEnds(minor))
    it('keeps every sync under the payload budget for 50,000 scattered error cells', async () => {
      const host = bigHost(100_000, minor);
      const sheet = sheetNames.rectification;
      // Every other row: nothing to coalesce, the worst case for the request size.
      const issues = Array.from({ length: 50_000 }, (_, i) => cellIssue(sheet, 3 + 2 * i, 'C'));
      const { painted } = await highlightIssues(fakePort(host), issues, []);
      const fills = host.fills(sheet);
      expect(Object.keys(fills)).toHaveLength(50_000);
      expect(fills.C3).toBe(highlightColour.error);
      expect(fills.C4).toBeUndefined();
      expect(Math.max(...host.stats.payloadBytes)).toBeLessThanOrEqual(1_000_000);
      // Without getRanges (before 1.9) each cell is a range of its own in the request: an object
      // path and a property set each, as Office.js sends them (about 44 syncs of 1 MB).
      expect(host.stats.syncs).toBeLessThan(minor >= 9 ? 10 : 50);

      host.resetStats();
      await highlightIssues(fakePort(host), [], painted, { syncBudget: 100_000 });
      expect(host.fills(sheet)).toEqual({});
      expect(Math.max(...host.stats.payloadBytes)).toBeLessThanOrEqual(100_000);
      expect(host.stats.syncs).toBeGreaterThan(2);
      // 50,000 ranges of their own before 1.9 take the fake several seconds.
    }, 30_000);

  it('paints area by area on hosts without getRanges (before ExcelApi 1.9)', async () => {
    const modern = plantedHost(17);
    const old = plantedHost(Math.min(minor, 8));
    const sheet = sheetNames.activity;
    const issues = [cellIssue(sheet, 3, 'B'), cellIssue(sheet, 4, 'B'), cellIssue(sheet, 6, 'D')];
    const { painted: first } = await highlightIssues(fakePort(old), issues, []);
    await highlightIssues(fakePort(modern), issues, []);
    expect(old.fills(sheet)).toEqual(modern.fills(sheet));
    expect(old.fills(sheet)).toEqual({
      B3: highlightColour.error,
      B4: highlightColour.error,
      D6: highlightColour.error,
    });
    await highlightIssues(fakePort(old), [cellIssue(sheet, 6, 'D')], first);
    expect(old.fills(sheet)).toEqual({ D6: highlightColour.error });
  });

  it('leaves a protected sheet unpainted and names it, painting the others', async () => {
    const host = plantedHost().addSheet(sheetNames.rectification, [['x']]);
    host.sheet(sheetNames.activity).protected = true;
    const issues = [cellIssue(sheetNames.activity, 3, 'B'), cellIssue(sheetNames.rectification, 1, 'A')];
    const result = await highlightIssues(fakePort(host), issues, []);
    expect(result.protectedSheets).toEqual([sheetNames.activity]);
    expect(result.painted).toEqual([{ sheet: sheetNames.rectification, address: 'A1' }]);
    expect(host.fills(sheetNames.activity)).toEqual({});
    expect(host.fills(sheetNames.rectification)).toEqual({ A1: highlightColour.error });
    // Unprotected again, the next check clears what the sheet kept and paints what is wrong now.
    host.sheet(sheetNames.rectification).protected = true;
    host.sheet(sheetNames.activity).protected = false;
    const next = await highlightIssues(fakePort(host), [cellIssue(sheetNames.activity, 3, 'B')], result.painted);
    expect(next.painted).toEqual([
      { sheet: sheetNames.activity, address: 'B3' },
      { sheet: sheetNames.rectification, address: 'A1' },
    ]);
    host.sheet(sheetNames.rectification).protected = false;
    await highlightIssues(fakePort(host), [], next.painted);
    expect([host.fills(sheetNames.activity), host.fills(sheetNames.rectification)]).toEqual([{}, {}]);
    // Before ExcelApi 1.2 protection cannot be asked: the refused write is what the clerk sees.
    host.sheet(sheetNames.activity).protected = true;
    host.excelApiMinor = 1;
    await expect(highlightIssues(fakePort(host), issues, [])).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
