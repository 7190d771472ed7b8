/** The adapter in the states a clerk's Excel is really in: editing a cell, protected sheets, ledgers formatted as tables. */
import { describe, expect, it } from 'vitest';
import { rectification, validateWorkbook } from '#shared/index.ts';
import { ExcelHost } from '../../../tests/fakes/excel-host.ts';
import { context, sheetOf } from '../../../tests/support/ledger-builder.ts';
import { fakePort } from '../../test/fake-port.ts';
import { describeError } from '../taskpane/errors.ts';
import { zhCN } from '../taskpane/text-zh.ts';
import { insertStandardSheets } from './insert-template.ts';
import { readStandardSheets } from './read-workbook.ts';
import { SheetProtectedError } from './sheet-protection.ts';

const sheet = rectification.sheetName;
const rows = Array.from({ length: 5 }, () => ({}));
const current = (): ExcelHost => new ExcelHost().addSheet(sheet, sheetOf('rectification', rows).values);
/** Columns in another order: 插入标准台账 rebuilds the sheet. */
const older = (): ExcelHost =>
  new ExcelHost().addSheet(
    sheet,
    sheetOf('rectification', rows, { headers: [...rectification.columns.map((c) => c.header)].reverse() }).values,
  );
const snapshot = (host: ExcelHost) => JSON.stringify(host.sheets.map((s) => [s.name, s.values, s.merges]));

describe('the adapter on a real clerk’s Excel', () => {
  it('while a cell is being edited: says to finish editing, and the same action works once they have', async () => {
    const host = current();
    host.cellEditing = true;
    const error = await readStandardSheets(fakePort(host)).catch((e: unknown) => e);
    expect(describeError(error, zhCN)).toBe(zhCN.cellEditing);
    expect(zhCN.cellEditing).toMatch(/^请先结束单元格编辑（按 Enter 或 Esc）再重试/);
    host.cellEditing = false;
    const { input } = await readStandardSheets(fakePort(host));
    expect(validateWorkbook(input, context).errorCount).toBe(0);
  });

  it('reads a protected ledger, and refuses to lay it out before changing anything, naming it', async () => {
    const host = older();
    host.sheet(sheet).protected = true;
    const { input } = await readStandardSheets(fakePort(host));
    expect(input.sheets[sheet]?.values).toHaveLength(7);
    const before = snapshot(host);
    const error = await insertStandardSheets(fakePort(host), { year: 2026 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetProtectedError);
    expect(describeError(error, zhCN)).toBe(
      `工作表“${sheet}”受保护，无法修改。请在“审阅”选项卡点“撤消工作表保护”后重试。`,
    );
    expect(snapshot(host)).toBe(before);
    host.sheet(sheet).protected = false;
    await expect(insertStandardSheets(fakePort(host), { year: 2026 })).resolves.toMatchObject({ rebuilt: [sheet] });
  });

  it('reads and lays out a ledger formatted as a table under its title', async () => {
    const host = older();
    host.addTable(sheet, '表1', 'A2:S7');
    const result = await insertStandardSheets(fakePort(host), { year: 2026 });
    expect(result.rebuilt).toEqual([sheet]);
    const { input } = await readStandardSheets(fakePort(host));
    expect(validateWorkbook(input, context).errorCount).toBe(0);
  });

  it('explains a table over the title row, which Excel will not merge, and keeps the rows in the backup', async () => {
    const host = older();
    host.addTable(sheet, '表1', 'A1:S7');
    const original = host.sheet(sheet).values.map((row) => row.map((v) => v ?? ''));
    const error = await insertStandardSheets(fakePort(host), { year: 2026 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MergedRangeConflict' });
    expect(describeError(error, zhCN)).toBe(zhCN.tableInTheWay);
    const backup = host.sheets.find((s) => s.name.endsWith('(升级前)'));
    expect(backup?.values.map((row) => row.map((v) => v ?? ''))).toEqual(original);
  });
});
