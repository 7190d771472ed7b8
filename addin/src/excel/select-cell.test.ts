import { describe, expect, it } from 'vitest';
import { fakePort } from '../../test/fake-port.ts';
import { plantedHost, sheetNames } from '../../test/workbooks.ts';
import { selectCell } from './select-cell.ts';

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const host = plantedHost();
    host.activeSheet = '说明';
    await expect(selectCell(fakePort(host), sheetNames.activity, 'G5')).resolves.toBe(true);
    expect(host.activeSheet).toBe(sheetNames.activity);
    expect(host.selection).toEqual({ sheet: sheetNames.activity, address: 'G5' });
  });

  it('reports a sheet that no longer exists', async () => {
    const host = plantedHost();
    await expect(selectCell(fakePort(host), 'gone', 'A1')).resolves.toBe(false);
    expect(host.selection).toBeNull();
  });
});
