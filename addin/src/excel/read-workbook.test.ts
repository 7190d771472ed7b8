import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '../../../shared/index.ts';
import { context } from '../../../tests/support/ledger-builder.ts';
import { fakePort } from '../../test/fake-port.ts';
import { ExcelHost } from '../../../tests/fakes/excel-host.ts';
import {
  merges,
  mergedSheetName,
  organizerLetter,
  shownValues,
  storedValues,
} from '../../../tests/support/merged-layout.ts';
import { bigHost, plantedHost, sheetNames } from '../../test/workbooks.ts';
import { readStandardSheets } from './read-workbook.ts';

const MB = 1_000_000;
/** What we promise Excel on the web per response; its own limit is about 5 MB. */
const RESPONSE_LIMIT = 4 * MB;

describe('readStandardSheets', () => {
  it('reads only standard sheets, with the template stamp', async () => {
    const host = plantedHost();
    const { input, year, allSheets } = await readStandardSheets(fakePort(host));
    expect(Object.keys(input.sheets)).toEqual([sheetNames.activity]);
    expect(allSheets).toEqual(['说明', sheetNames.activity]);
    expect(input.sheets[sheetNames.activity]?.address).toBe(`${sheetNames.activity}!A1:N6`);
    expect(input.templateVersion).toBe('2026.3');
    expect(year).toBe(2026);
    const result = validateWorkbook(input, context);
    // The planted host's two errors and three warnings, read through the chunked reader.
    expect([result.errorCount, result.warningCount]).toEqual([2, 3]);
  });

  it('sees a merged area as Excel shows it, the anchor alone, as the .xlsx reader does', async () => {
    const host = new ExcelHost().addSheet(mergedSheetName, storedValues);
    host.sheet(mergedSheetName).merges.push(...merges);
    const { input } = await readStandardSheets(fakePort(host));
    const sheet = input.sheets[mergedSheetName];
    expect(sheet?.values).toEqual(shownValues.map((row) => row.map((v) => v ?? '')));
    const result = validateWorkbook(input, context);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([
      ['required', `${organizerLetter}4`],
      ['required', `${organizerLetter}5`],
    ]);
  });

  it('passes an empty standard sheet on so the engine can report it', async () => {
    const host = plantedHost().addSheet(sheetNames.inspection);
    const { input } = await readStandardSheets(fakePort(host));
    expect(input.sheets[sheetNames.inspection]).toEqual({ address: 'A1', values: [] });
  });

  it('reads a used range that does not start at A1 exactly', async () => {
    const host = bigHost(3);
    host.sheet(sheetNames.rectification).values.unshift([], []);
    for (const row of host.sheet(sheetNames.rectification).values) row.unshift(null);
    const { input } = await readStandardSheets(fakePort(host), { responseBudget: 10 });
    const sheet = input.sheets[sheetNames.rectification];
    expect(sheet?.address).toBe(`${sheetNames.rectification}!B3:S7`);
    expect(sheet?.values).toEqual(
      bigHost(3)
        .sheet(sheetNames.rectification)
        .values.map((row) => row.map((v) => v ?? '')),
    );
  });

  it('keeps every response under 4 MB, with round trips growing with megabytes, not rows', async () => {
    const small = bigHost(100);
    const large = bigHost(50_000);
    const progress: number[] = [];
    const a = await readStandardSheets(fakePort(small));
    const b = await readStandardSheets(fakePort(large), { onProgress: (done, total) => progress.push(done / total) });
    expect(a.input.sheets[sheetNames.rectification]?.values).toHaveLength(102);
    expect(b.input.sheets[sheetNames.rectification]?.values).toEqual(
      large.sheet(sheetNames.rectification).values.map((row) => row.map((v) => v ?? '')),
    );
    // Names and stamp, used ranges, then one chunk: a small workbook still takes three.
    expect(small.stats.syncs).toBe(3);
    const read = large.stats.responseBytes.reduce((sum, n) => sum + n, 0);
    expect(read).toBeGreaterThan(10 * MB);
    expect(Math.max(...large.stats.responseBytes)).toBeLessThanOrEqual(RESPONSE_LIMIT);
    // Two fixed round trips, the probe, then about one per 2 MB read.
    expect(large.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(read / (1.5 * MB)));
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it('stays under 4 MB per response even when every row is long text', async () => {
    const host = bigHost(3_000);
    const sheet = host.sheet(sheetNames.rectification);
    const header = sheet.values[1] ?? [];
    const long = [header.indexOf('简要案情'), header.indexOf('整改措施')];
    expect(long.every((i) => i >= 0)).toBe(true);
    for (const row of sheet.values.slice(2)) for (const i of long) row[i] = '案'.repeat(2_000);
    await readStandardSheets(fakePort(host));
    expect(Math.max(...host.stats.responseBytes)).toBeLessThanOrEqual(RESPONSE_LIMIT);
    expect(host.stats.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(30 * MB);
  });
});
