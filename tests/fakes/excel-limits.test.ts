import { describe, expect, it } from 'vitest';
import { ExcelHost, FakeOfficeError, PAYLOAD_LIMIT_BYTES } from './excel-host.ts';

const sheet = '整改台账';
const host = (): ExcelHost => new ExcelHost().addSheet(sheet, [['序号', '案件编号']]).addSheet('Other');

/** A column of `rows` cells each holding `text`. */
const column = (rows: number, text: string): string[][] => Array.from({ length: rows }, () => [text]);

describe('fake Excel host: the limits Excel on the web enforces', () => {
  it('measures a request as Office.js sends it: quotes escaped again inside the envelope', async () => {
    const h = host();
    const plain = column(1_000, 'a'.repeat(20));
    const quoted = column(1_000, '"'.repeat(20));
    await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange('A1:A1000');
      range.values = plain;
      await context.sync();
      range.values = quoted;
      await context.sync();
    });
    const [a = 0, b = 0] = h.stats.payloadBytes;
    // A quote is \" in the body and \\\" once the body is a string in the envelope: 4 bytes, not 1.
    expect(b - a).toBeGreaterThanOrEqual(1_000 * 20 * 3);
    // Each value's own quotes are escaped too: the 20 000 bytes of text cost more than 24 000.
    expect(a).toBeGreaterThan(24_000);
  });

  it('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and runs none of it', async () => {
    const h = host();
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 3 / 1_000);
    const error = await h
      .run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.getRange('B1').values = [['先写的']];
        target.getRange(`A1:A${rows}`).values = column(rows, '案'.repeat(1_000));
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error).toMatchObject({
      name: 'RichApi.Error',
      code: 'RequestPayloadSizeLimitExceeded',
      debugInfo: { code: 'RequestPayloadSizeLimitExceeded' },
    });
    expect(h.sheet(sheet).values[0]).toEqual(['序号', '案件编号']);
    expect(h.stats.refused).toBe(1);
    expect(h.stats.payloadBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it('refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded, after the request ran', async () => {
    const h = host();
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 3 / 2_000) + 1;
    h.type(sheet, 'A2', column(rows, '案'.repeat(2_000)));
    await expect(
      h.run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.getRange('C1').values = [['写入']];
        target.getRange(`A2:A${rows + 1}`).load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(h.sheet(sheet).values[0]?.[2]).toBe('写入');
    // Just under the limit is answered.
    await h.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(sheet)
        .getRange(`A2:A${rows - 40}`)
        .load('values');
      await context.sync();
      expect(range.values).toHaveLength(rows - 41);
    });
  });

  it('fails every sync while a cell is being edited, and works again once editing ends', async () => {
    const h = host();
    h.cellEditing = true;
    const write = () =>
      h.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange('A2').values = [['新']];
        await context.sync();
      });
    await expect(write()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(h.sheet(sheet).values[1]).toBeUndefined();
    h.cellEditing = false;
    await write();
    expect(h.sheet(sheet).values[1]).toEqual(['新']);
  });

  it('refuses writes to a protected sheet with AccessDenied, reads it, and tells it apart when loaded', async () => {
    const h = host();
    h.sheet(sheet).protected = true;
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange('A1').format.fill.color = '#FF0000';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied', debugInfo: { errorLocation: 'RangeFill.color' } });
    await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange('A1:B1').load('values');
      const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      await context.sync();
      expect(range.values).toEqual([['序号', '案件编号']]);
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        [sheet, true],
        ['Other', false],
      ]);
    });
    expect(h.fills(sheet)).toEqual({});
  });

  it('refuses a merge over a table, and reads a table like any cells', async () => {
    const h = host();
    h.type(sheet, 'A2', [[1, 'A-1']]);
    h.addTable(sheet, '表1', 'A1:B2');
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange('A1:B1').merge();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'MergedRangeConflict' });
    await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load('values');
      await context.sync();
      expect(range.values).toEqual([
        ['序号', '案件编号'],
        [1, 'A-1'],
      ]);
    });
  });

  it('fails the sync it was told to, then goes on', async () => {
    const h = host();
    h.failSync(1);
    await expect(
      h.run(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.getRange('A2').values = [['一']];
        await context.sync();
        target.getRange('A3').values = [['二']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(h.sheet(sheet).values.slice(1)).toEqual([['一']]);
    expect(h.failure).toBeNull();
  });
});
