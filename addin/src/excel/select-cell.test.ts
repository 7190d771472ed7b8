import { describe, expect, it } from 'vitest';
import { EXCEL_API_LEVELS, fakePort } from '../../test/fake-port.ts';
import { plantedHost, sheetNames } from '../../test/workbooks.ts';
import { selectCell } from './select-cell.ts';

describe.each(EXCEL_API_LEVELS)('selectCell at ExcelApi 1.%i', (minor) => {
  it('activates the sheet and selects the cell', async () => {
    const host = plantedHost(minor);
    host.activeSheet = '说明';
    await expect(selectCell(fakePort(host), sheetNames.activity, 'G5')).resolves.toBe(true);
    expect(host.activeSheet).toBe(sheetNames.activity);
    expect(host.selection).toEqual({ sheet: sheetNames.activity, address: 'G5' });
  });

  it('reports a sheet that no longer exists', async () => {
    const host = plantedHost(minor);
    await expect(selectCell(fakePort(host), 'gone', 'A1')).resolves.toBe(false);
    expect(host.selection).toBeNull();
  });
});
