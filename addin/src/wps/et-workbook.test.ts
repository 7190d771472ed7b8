import { describe, expect, it } from 'vitest';
import { STAMP_SHEET, stampRows } from '#shared/template/stamp-sheet.ts';
import { activity, ledgers, TEMPLATE_VERSION } from '#shared/index.ts';
import { ledgerLayout } from '#shared/template/layout.ts';
import { EtHost } from '../../../tests/fakes/et-host.ts';
import { bigHost, sheetNames } from '../../test/workbooks.ts';
import { HEADER_FILL } from '../template/plan.ts';
import { bgr } from './et-colour.ts';
import { etWorkbookActions } from './et-workbook.ts';

describe('the WPS adapter', () => {
  it('converts #RRGGBB to the BGR integers ET takes', () => {
    expect(bgr('#F8D7DA')).toBe(0xdad7f8);
    expect(bgr('#0000FF')).toBe(0xff0000);
  });

  it('sets widths in characters, dates bounded by DATE(), and updates a stamp already there', async () => {
    const host = new EtHost().addSheet('Sheet1');
    host.customProperties.set('QingfengTemplate', '2025.1');
    await etWorkbookActions(host.application).insert({ year: 2026 });
    expect(host.customProperties.get('QingfengTemplate')).not.toBe('2025.1');
    const layout = ledgerLayout(activity, 2026);
    const sheet = host.sheet(activity.sheetName);
    for (const [i, column] of layout.columns.entries()) expect(sheet.columnWidths.get(i)).toBe(column.width);
    const date = layout.columns.findIndex((c) => c.validation.type === 'date');
    expect(sheet.validations.get(`2,${date}`)?.formula1).toMatch(/^=DATE\(\d{4},\d{1,2},\d{1,2}\)$/);
    expect(sheet.fills.get('1,0')).toBe(bgr(HEADER_FILL));
    expect(host.displayAlerts).toBe(true);
    // Sheet1, the ledgers, and the hidden stamp sheet with the version every reader prefers.
    expect(host.sheets).toHaveLength(2 + ledgers.length);
    const stamp = host.sheet(STAMP_SHEET);
    expect(stamp.visible).toBe(0);
    expect(host.values(STAMP_SHEET).slice(0, 2)).toEqual(stampRows(TEMPLATE_VERSION, 2026).slice(0, 2));
  });

  it('reads the values only, however far the formats reach, in chunks with progress', async () => {
    const host = new EtHost();
    const name = sheetNames.rectification;
    const rows = bigHost(3_000).sheet(name).values;
    host.addSheet(name, rows);
    host.sheet(name).numberFormats.set('2999,30', '@');
    const progress: number[] = [];
    const read = await etWorkbookActions(host.application).read((done) => progress.push(done));
    expect(read.input.sheets[name]?.values).toHaveLength(rows.length);
    expect(read.input.sheets[name]?.address.startsWith('A1:')).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('says in Chinese that no workbook is open', async () => {
    const host = new EtHost();
    host.workbookOpen = false;
    await expect(etWorkbookActions(host.application).read(() => {})).rejects.toThrow('没有打开的工作簿');
  });
});
