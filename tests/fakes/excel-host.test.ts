import { describe, expect, it } from 'vitest';
import { API_MINOR, type GatedMember } from './excel-api-sets.ts';
import { ExcelHost, type FakeRequestContext, FakeOfficeError } from './excel-host.ts';

const host = (): ExcelHost =>
  new ExcelHost()
    .addSheet('整改台账', [
      ['序号', '案件编号'],
      [1, 'A-1'],
      [2, null],
    ])
    .addSheet('Empty');

describe('fake Excel host', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const h = host();
    await h.run(async (context) => {
      const range = context.workbook.worksheets.getItem('整改台账').getUsedRangeOrNullObject(true);
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as FakeOfficeError);
      range.load('values,address');
      // Loaded but not yet synced: still unavailable.
      expect(() => range.address).toThrow(FakeOfficeError);
      await context.sync();
      expect(range.address).toBe('整改台账!A1:B3');
      expect(range.values).toEqual([
        ['序号', '案件编号'],
        [1, 'A-1'],
        [2, ''],
      ]);
    });
  });

  it('needs a sync before isNullObject and before a collection has items', async () => {
    await host().run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const empty = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      const sheets = context.workbook.worksheets.load('items/name');
      expect(() => missing.isNullObject).toThrow(FakeOfficeError);
      expect(() => sheets.items).toThrow(FakeOfficeError);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(empty.isNullObject).toBe(true);
      expect(sheets.items.map((s) => s.name)).toEqual(['整改台账', 'Empty']);
    });
  });

  it('shows no change until sync, then applies writes in order', async () => {
    const h = host();
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('整改台账');
      sheet.getRange('A1:B1').format.fill.color = '#ff0000';
      sheet.getRange('B1').format.fill.clear();
      sheet.getRanges('A3,B2:B3').format.fill.color = '#00FF00';
      expect(h.fills('整改台账')).toEqual({});
      await context.sync();
    });
    expect(h.fills('整改台账')).toEqual({ A1: '#FF0000', A3: '#00FF00', B2: '#00FF00', B3: '#00FF00' });
  });

  it('selects and activates only at sync', async () => {
    const h = host();
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Empty');
      sheet.activate();
      sheet.getRange('C4').select();
      expect(h.selection).toBeNull();
      await context.sync();
    });
    expect(h.activeSheet).toBe('Empty');
    expect(h.selection).toEqual({ sheet: 'Empty', address: 'C4' });
  });

  it('reads custom document properties', async () => {
    const h = host();
    h.customProperties.set('QingfengYear', 2026);
    await h.run(async (context) => {
      const year = context.workbook.properties.custom.getItemOrNullObject('QingfengYear').load('value');
      const none = context.workbook.properties.custom.getItemOrNullObject('Other').load('value');
      await context.sync();
      expect(year.value).toBe(2026);
      expect(none.isNullObject).toBe(true);
      expect(() => none.value).toThrow(FakeOfficeError);
    });
  });

  it('counts syncs and the bytes each one sends', async () => {
    const h = host();
    await h.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem('整改台账').getRange('A1').format.fill.color = '#FF0000';
      await context.sync();
    });
    expect(h.stats.syncs).toBe(2);
    // An empty request is still Office.js's envelope around an empty body.
    expect(h.stats.payloadBytes[0]).toBeGreaterThan(200);
    expect(h.stats.payloadBytes[0]).toBeLessThan(500);
    expect((h.stats.payloadBytes[1] ?? 0) - (h.stats.payloadBytes[0] ?? 0)).toBeGreaterThan(300);
  });

  it('fails a sync touching a missing sheet, an over-long multi-area address, and leftovers', async () => {
    const h = host();
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.getItem('Nope');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await h.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('整改台账');
      expect(() => sheet.getRanges(Array.from({ length: 100 }, (_, i) => `A${i + 1}`).join(','))).toThrow(
        FakeOfficeError,
      );
      await context.sync();
    });
    await expect(
      h.run(async (context) => {
        context.workbook.worksheets.getItem('整改台账').activate();
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('refuses, at sync, every member above its ExcelApi level with ApiNotFound, as Office does', async () => {
    const use: Record<GatedMember, (context: FakeRequestContext) => void> = {
      'Range.merge': (c) => c.workbook.worksheets.getItem('Empty').getRange('A1:B1').merge(),
      'Range.unmerge': (c) => c.workbook.worksheets.getItem('Empty').getRange('A1:B1').unmerge(),
      'RangeFormat.columnWidth': (c) => {
        c.workbook.worksheets.getItem('Empty').getRange('A1').format.columnWidth = 60;
      },
      'RangeFormat.rowHeight': (c) => {
        c.workbook.worksheets.getItem('Empty').getRange('A1').format.rowHeight = 30;
      },
      'Worksheet.protection': (c) => void c.workbook.worksheets.load('items/protection/protected'),
      'Worksheet.getUsedRange(valuesOnly)': (c) => void c.workbook.worksheets.getItem('Empty').getUsedRange(true),
      'Worksheet.visibility=': (c) => {
        c.workbook.worksheets.getItem('Empty').visibility = 'Hidden';
      },
      'WorksheetCollection.getItemOrNullObject': (c) => void c.workbook.worksheets.getItemOrNullObject('Empty'),
      'Worksheet.getUsedRangeOrNullObject': (c) =>
        void c.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(),
      'Worksheet.freezePanes': (c) => c.workbook.worksheets.getItem('Empty').freezePanes.freezeRows(1),
      'Workbook.properties': (c) => c.workbook.properties.custom.add('k', 'v'),
      'Range.dataValidation': (c) => c.workbook.worksheets.getItem('Empty').getRange('A1').dataValidation.clear(),
      'Worksheet.getRanges': (c) => void c.workbook.worksheets.getItem('Empty').getRanges('A1,B2'),
    };
    for (const [member, minor] of Object.entries(API_MINOR) as [GatedMember, number][]) {
      const below = host();
      below.excelApiMinor = minor - 1;
      const refused = below.run(async (context) => {
        use[member](context);
        await context.sync();
      });
      await expect(refused, member).rejects.toMatchObject({ code: 'ApiNotFound' });
      const at = host();
      at.excelApiMinor = minor;
      await at.run(async (context) => {
        use[member](context);
        await context.sync();
      });
    }
  });

  it('at ExcelApi 1.1, gives the used range of an empty sheet as A1, and counts formatted cells as used', async () => {
    const h = host();
    h.excelApiMinor = 1;
    h.sheet('Empty').numberFormats.set('9,3', '@');
    await h.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const empty = sheets.getItem('Empty').getUsedRange().load('address');
      const data = sheets.getItem('整改台账').getUsedRange().load('address');
      await context.sync();
      expect([empty.address, data.address]).toEqual(['Empty!D10', '整改台账!A1:B3']);
    });
    h.sheet('Empty').numberFormats.clear();
    await h.run(async (context) => {
      const empty = context.workbook.worksheets.getItem('Empty').getUsedRange().load('address');
      await context.sync();
      expect(empty.address).toBe('Empty!A1');
    });
  });
});
