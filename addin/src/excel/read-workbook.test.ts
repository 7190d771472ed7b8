import { describe, expect, it } from 'vitest';
import { validateWorkbook } from '#shared/index.ts';
import { context } from '../../../tests/support/ledger-builder.ts';
import { STAMP_SHEET, stampRows } from '#shared/template/stamp-sheet.ts';
import { atEnds, EXCEL_API_LEVELS, fakePort, hostAt } from '../../test/fake-port.ts';
import { ExcelHost, PAYLOAD_LIMIT_BYTES } from '../../../tests/fakes/excel-host.ts';
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
/** What we promise Excel on the web per response; the fake refuses anything over its 5 MB. */
const RESPONSE_LIMIT = 4 * MB;

/** The answered responses: a refused one never reached the pane. */
const answered = (host: ExcelHost): number[] => host.stats.responseBytes.filter((n) => n <= PAYLOAD_LIMIT_BYTES);

/** Long text in the two free-text columns of the sheet's rows from `from` (0-based, header rows included). */
function lengthen(host: ExcelHost, from: number, text: string): void {
  const sheet = host.sheet(sheetNames.rectification);
  const header = sheet.values[1] ?? [];
  const long = [header.indexOf('简要案情'), header.indexOf('整改措施')];
  expect(long.every((i) => i >= 0)).toBe(true);
  for (const row of sheet.values.slice(from)) for (const i of long) row[i] = text;
}

describe.each(EXCEL_API_LEVELS)('readStandardSheets at ExcelApi 1.%i', (minor) => {
  it('reads only standard sheets, with the template stamp', async () => {
    const host = plantedHost(minor);
    const { input, year, allSheets } = await readStandardSheets(fakePort(host));
    expect(Object.keys(input.sheets)).toEqual([sheetNames.activity]);
    expect(allSheets).toEqual(['说明', sheetNames.activity, STAMP_SHEET]);
    expect(input.sheets[sheetNames.activity]?.address).toBe(`${sheetNames.activity}!A1:N6`);
    expect(input.templateVersion).toBe('2026.3');
    expect(year).toBe(2026);
    const result = validateWorkbook(input, context);
    // The planted host's two errors and three warnings, read through the chunked reader.
    expect([result.errorCount, result.warningCount]).toEqual([2, 3]);
  });

  it('sees a merged area as Excel shows it, the anchor alone, as the .xlsx reader does', async () => {
    const host = hostAt(minor).addSheet(mergedSheetName, storedValues);
    host.sheet(mergedSheetName).merges.push(...merges);
    const { input } = await readStandardSheets(fakePort(host));
    const sheet = input.sheets[mergedSheetName];
    expect(sheet?.values).toEqual(shownValues.map((row) => row.map((v) => v ?? '')));
    // A row per chunk: a merged area read across chunks still shows its anchor alone.
    const split = await readStandardSheets(fakePort(host), { responseBudget: 10 });
    expect(split.input.sheets[mergedSheetName]?.values).toEqual(sheet?.values);
    const result = validateWorkbook(input, context);
    expect(result.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([
      ['required', `${organizerLetter}4`],
      ['required', `${organizerLetter}5`],
    ]);
  });

  it('passes an empty standard sheet on so the engine can report it', async () => {
    const host = plantedHost(minor).addSheet(sheetNames.inspection);
    const { input } = await readStandardSheets(fakePort(host));
    // Before 1.4 there is no null object: the used range of an empty sheet is its blank A1.
    expect(input.sheets[sheetNames.inspection]).toEqual(
      minor >= 4 ? { address: 'A1', values: [] } : { address: `${sheetNames.inspection}!A1`, values: [['']] },
    );
    const issues = validateWorkbook(input, context).issues.filter((i) => i.sheet === sheetNames.inspection);
    expect(issues.map((i) => i.code)).toEqual(['missing-header']);
  });

  it('reads the stamp from the stamp sheet at every level, from custom properties from 1.7 on, the sheet winning', async () => {
    const sheetOnly = bigHost(1, minor).addSheet(STAMP_SHEET, stampRows('2026.2', 2027));
    expect(await readStandardSheets(fakePort(sheetOnly))).toMatchObject({
      input: { templateVersion: '2026.2' },
      year: 2027,
    });
    const customOnly = bigHost(1, minor);
    customOnly.customProperties.set('QingfengTemplate', '2026.1');
    customOnly.customProperties.set('QingfengYear', '2025');
    const before17 = { input: { templateVersion: null }, year: null };
    expect(await readStandardSheets(fakePort(customOnly))).toMatchObject(
      minor >= 7 ? { input: { templateVersion: '2026.1' }, year: 2025 } : before17,
    );
    const both = bigHost(1, minor).addSheet(STAMP_SHEET, stampRows('2026.2', 2027));
    both.customProperties.set('QingfengTemplate', '2026.1');
    expect((await readStandardSheets(fakePort(both))).input.templateVersion).toBe('2026.2');
  });

  it('reads formatted blank rows below the data (counted as used before 1.2) as nothing', async () => {
    const host = bigHost(3, minor);
    for (let row = 0; row < 500; row++) host.sheet(sheetNames.rectification).numberFormats.set(`${row},2`, '@');
    const { input } = await readStandardSheets(fakePort(host));
    const result = validateWorkbook(input, context);
    expect([result.errorCount, result.warningCount, result.ledgers.rectification?.rows.length]).toEqual([0, 0, 3]);
  });

  it('reads a used range that does not start at A1 exactly', async () => {
    const host = bigHost(3, minor);
    host.sheet(sheetNames.rectification).values.unshift([], []);
    for (const row of host.sheet(sheetNames.rectification).values) row.unshift(null);
    const { input } = await readStandardSheets(fakePort(host), { responseBudget: 10 });
    const sheet = input.sheets[sheetNames.rectification];
    expect(sheet?.address).toBe(`${sheetNames.rectification}!B3:S7`);
    expect(sheet?.values).toEqual(
      bigHost(3, minor)
        .sheet(sheetNames.rectification)
        .values.map((row) => row.map((v) => v ?? '')),
    );
  });

  if (atEnds(minor))
    it('keeps every response under 4 MB, with round trips growing with megabytes, not rows', async () => {
      const small = bigHost(100, minor);
      const large = bigHost(50_000, minor);
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

  if (atEnds(minor))
    it('stays under 4 MB per response even when every row is long text', async () => {
      const host = bigHost(3_000, minor);
      lengthen(host, 2, '案'.repeat(2_000));
      await readStandardSheets(fakePort(host));
      expect(Math.max(...host.stats.responseBytes)).toBeLessThanOrEqual(RESPONSE_LIMIT);
      expect(host.stats.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(30 * MB);
    });

  it('reads 10,000 short rows then 10,000 long ones, asking again in halves for a chunk Excel refuses', async () => {
    const host = bigHost(20_000);
    lengthen(host, 2 + 10_000, '整改'.repeat(130));
    const expected = host.sheet(sheetNames.rectification).values.map((row) => row.map((v) => v ?? ''));
    const { input } = await readStandardSheets(fakePort(host));
    expect(input.sheets[sheetNames.rectification]?.values).toEqual(expected);
    // Sized from the short rows, the chunk reaching into the long ones was too big for Excel: refused, then halved.
    expect(host.stats.refused).toBeGreaterThanOrEqual(1);
    expect(Math.max(...host.stats.responseBytes)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...answered(host))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const read = answered(host).reduce((sum, n) => sum + n, 0);
    expect(read).toBeGreaterThan(8 * MB);
    // Names and used ranges, the probe, about one per 2 MB, and the refusals.
    expect(host.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(read / (1.5 * MB)) + host.stats.refused);
  });

  it('keeps halving a chunk of very long rows until Excel answers, and gives up on a single row it refuses', async () => {
    const host = bigHost(60);
    lengthen(host, 2, '案'.repeat(30_000));
    const { input } = await readStandardSheets(fakePort(host));
    expect(input.sheets[sheetNames.rectification]?.values).toHaveLength(62);
    expect(host.stats.refused).toBeGreaterThanOrEqual(2);
    expect(Math.max(...answered(host))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);

    const wide = new ExcelHost().addSheet(sheetNames.rectification, [
      Array.from({ length: 60 }, () => '案'.repeat(30_000)),
    ]);
    await expect(readStandardSheets(fakePort(wide))).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
  });
});
