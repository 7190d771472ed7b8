import { describe, expect, it } from 'vitest';
import { activity, type CellValue, ledgers, rectification, validateWorkbook } from '#shared/index.ts';
import { ledgerLayout, TEMPLATE_LAST_ROW } from '#shared/template/layout.ts';
import { columnPixels } from '#shared/template/column-width.ts';
import { STAMP_SHEET } from '#shared/template/stamp-sheet.ts';
import { context, type RowCells, sheetOf, validRow } from '../../../tests/support/ledger-builder.ts';
import { atEnds, EXCEL_API_LEVELS, fakePort, hostAt } from '../../test/fake-port.ts';
import { stampSheetOf } from '../../test/workbooks.ts';
import { backupName } from '../write/sheet-names.ts';
import { insertStandardSheets } from './insert-template.ts';
import { officeValidation } from './office-validation.ts';
import { readStandardSheets } from './read-workbook.ts';

const YEAR = 2026;
const nonEmpty = (rows: readonly (readonly CellValue[])[]): string[] =>
  rows
    .flat()
    .filter((v) => v !== null && v !== '')
    .map(String)
    .sort();

describe.each(EXCEL_API_LEVELS)('insertStandardSheets at ExcelApi 1.%i', (minor) => {
  // What each level has (tests/fakes/excel-api-sets.ts): merges and sizes 1.2, freezePanes and
  // custom properties 1.7, data validation 1.8. Below that the sheets are plainer, never wrong.
  const sized = minor >= 2;
  const frozen = minor >= 7;
  const validated = minor >= 8;

  it('adds the three standard sheets laid out as the template, and stamps the workbook', async () => {
    const host = hostAt(minor).addSheet('Sheet1');
    const result = await insertStandardSheets(fakePort(host), { year: YEAR, unitName: '本寨村' });
    expect(result).toEqual({
      added: ledgers.map((l) => l.sheetName),
      rebuilt: [],
      unchanged: [],
      backups: [],
      year: YEAR,
    });
    expect(host.sheets.map((s) => s.name)).toEqual(['Sheet1', ...ledgers.map((l) => l.sheetName), STAMP_SHEET]);
    for (const def of ledgers) {
      const layout = ledgerLayout(def, YEAR, '本寨村');
      const sheet = host.sheet(def.sheetName);
      expect(sheet.values[0]?.[0]).toBe(layout.title);
      expect(sheet.values[1]).toEqual(layout.columns.map((c) => c.header));
      expect(sheet.frozenRows).toBe(frozen ? 2 : 0);
      expect(sheet.merges).toEqual(sized ? [{ top: 0, left: 0, bottom: 0, right: layout.columns.length - 1 }] : []);
      for (const [i, column] of layout.columns.entries()) {
        const recorded = sheet.validations.find(
          (v) => v.address === `${column.letter}3:${column.letter}${TEMPLATE_LAST_ROW}`,
        );
        expect(recorded?.rule ?? null).toEqual(validated ? officeValidation(column.validation).rule : null);
        // As wide as the template's column where Excel can size it: pixels at 等线 / 宋体 11.
        expect(sheet.columnWidths.get(i)).toBe(sized ? columnPixels(column.width) * 0.75 : undefined);
        const format = sheet.numberFormats.get(`${TEMPLATE_LAST_ROW - 1},${i}`);
        expect(format ?? null).toBe(
          column.format === 'date'
            ? 'yyyy-mm-dd'
            : column.format === 'integer'
              ? '0'
              : column.format === 'text'
                ? '@'
                : null,
        );
      }
    }
    expect(stampSheetOf(host)).toEqual({ QingfengTemplate: '2026.3', QingfengYear: '2026' });
    expect(host.sheet(STAMP_SHEET).visibility).toBe(sized ? 'Hidden' : 'Visible');
    expect(host.customProperties.get('QingfengTemplate')).toBe(frozen ? '2026.3' : undefined);
    expect(host.customProperties.get('QingfengYear')).toBe(frozen ? '2026' : undefined);
    expect(host.activeSheet).toBe(rectification.sheetName);
  });

  it('gives sheets the engine reads back: a row typed in validates clean, and a second run changes nothing', async () => {
    const host = hostAt(minor);
    await insertStandardSheets(fakePort(host), { year: YEAR });
    const row = activity.columns.map((c) => validRow.activity[c.header] ?? null);
    host.type(activity.sheetName, 'A3', [row]);
    const again = await insertStandardSheets(fakePort(host), { year: YEAR });
    expect(again).toEqual({
      added: [],
      rebuilt: [],
      unchanged: ledgers.map((l) => l.sheetName),
      backups: [],
      year: YEAR,
    });
    expect(host.sheet(activity.sheetName).values[2]).toEqual(row);
    const { input, year } = await readStandardSheets(fakePort(host));
    expect(year).toBe(YEAR);
    const result = validateWorkbook(input, context);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ledgers.activity?.rows).toHaveLength(1);
  });

  it('rebuilds an older, rearranged sheet in the current layout and keeps every value', async () => {
    const headers = [
      '活动主题',
      '序号',
      '活动日期',
      '活动类别',
      '组织单位',
      '地点或载体',
      '参加人次',
      '旧表备注',
      '覆盖层级',
      '发放资料份数',
      '新闻报道条数',
    ];
    const old = sheetOf(
      'activity',
      [{}, { 活动主题: '=HYPERLINK("http://x","点我")' }, { 参加人次: -5, 旧表备注: '2026-3' }, { 旧表备注: '001' }],
      { headers },
    );
    const original = [['旧模板标题'], ['填报单位：七眼桥镇'], ...old.values.slice(1)];
    const host = hostAt(minor).addSheet(activity.sheetName, original);
    // The old layout's merge and dropdown sit where other columns will be.
    const oldSheet = host.sheet(activity.sheetName);
    oldSheet.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
    oldSheet.validations.push({
      address: 'H3:H100',
      rule: { list: { inCellDropDown: true, source: '甲,乙' } },
      errorAlert: null,
      prompt: null,
      ignoreBlanks: true,
    });
    const before = validateWorkbook((await readStandardSheets(fakePort(host))).input, context);
    const result = await insertStandardSheets(fakePort(host), { year: YEAR });
    expect(result.rebuilt).toEqual([activity.sheetName]);
    expect(result.backups).toEqual([`${activity.sheetName}(升级前)`]);
    // The sheet as it was, old titles included, is kept whole.
    const width = Math.max(...original.map((row) => row.length));
    expect(host.sheet(`${activity.sheetName}(升级前)`).values).toEqual(
      original.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '')),
    );

    const sheet = host.sheet(activity.sheetName);
    // Below 1.2 Excel can neither unmerge the old title nor merge the new one.
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: sized ? ledgerLayout(activity, YEAR).columns.length - 1 : 3 },
    ]);
    // Below 1.8 the old dropdown cannot be cleared (nor new ones set): the pane says so.
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes('甲'))).toBe(!validated);
    // Text that Excel would read as a date or a number stays the text it was.
    expect(sheet.values.flat()).toEqual(expect.arrayContaining(['2026-3', '001']));
    const layout = ledgerLayout(activity, YEAR);
    expect(sheet.values[1]).toEqual([...layout.columns.map((c) => c.header), '旧表备注']);
    // Every value of the old header and rows is still there (only the old titles gave way).
    expect(nonEmpty(sheet.values.slice(2))).toEqual(nonEmpty(old.values.slice(2)));
    // A formula-looking text stays text.
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.values.flat()).toContain('=HYPERLINK("http://x","点我")');
    // The engine finds the same problems, now at the template's positions.
    const after = validateWorkbook((await readStandardSheets(fakePort(host))).input, context);
    const codes = (r: typeof before): string[] =>
      r.issues.map((i) => `${i.code}:${i.header ?? ''}:${i.row === null ? '' : 'row'}`).sort();
    expect(codes(after)).toEqual(codes(before));
  });

  // Template 2026.1 stamped custom properties only, which Excel reads from ExcelApi 1.7 on.
  if (frozen)
    it('upgrades a workbook of template 2026.1: every row kept, 上级媒体采用条数 added blank, the stamp and its warning gone', async () => {
      const headers2026_1 = activity.columns.map((c) => c.header).filter((h) => h !== '上级媒体采用条数');
      const rows: RowCells[] = [
        { 新闻报道条数: 2 },
        { 活动类别: '家风教育', 关联案件编号: null, 备注: '四知堂' },
        { 活动主题: '廉政党课' },
      ];
      const host = hostAt(minor).addSheet(
        activity.sheetName,
        sheetOf('activity', rows, { headers: headers2026_1 }).values,
      );
      host.customProperties.set('QingfengTemplate', '2026.1');
      host.customProperties.set('QingfengYear', '2026');
      const before = validateWorkbook((await readStandardSheets(fakePort(host))).input, context);
      expect(before.issues.map((i) => [i.code, i.rule, i.severity])).toEqual([
        ['template-version', 'upgradable', 'warning'],
      ]);

      const result = await insertStandardSheets(fakePort(host), { year: YEAR });
      expect(result.rebuilt).toEqual([activity.sheetName]);
      expect(stampSheetOf(host).QingfengTemplate).toBe('2026.3');
      expect(host.customProperties.get('QingfengTemplate')).toBe('2026.3');
      const { input } = await readStandardSheets(fakePort(host));
      const sheet = host.sheet(activity.sheetName);
      expect(sheet.values[1]).toEqual(ledgerLayout(activity, YEAR).columns.map((c) => c.header));
      const adopted = activity.columns.findIndex((c) => c.key === 'adoptedReports');
      expect(sheet.values.slice(2, 5).map((r) => r[adopted])).toEqual(['', '', '']);
      const after = validateWorkbook(input, context);
      expect(after.issues).toEqual([]);
      const typed = after.ledgers.activity?.rows.map((r) => [
        r.data.newsReports,
        r.data.adoptedReports,
        r.data.category,
        r.data.remarks,
      ]);
      expect(typed).toEqual([
        [2, 0, '红廉教育', null],
        [1, 0, '家风教育', '四知堂'],
        [1, 0, '红廉教育', null],
      ]);
    });

  if (atEnds(minor))
    it('rebuilds 20,000 rows in syncs that stay under the payload budget', async () => {
      const rows = Array.from({ length: 20_000 }, () => ({}));
      const reordered = [...rectification.columns.map((c) => c.header)].reverse();
      const host = hostAt(minor).addSheet(
        rectification.sheetName,
        sheetOf('rectification', rows, { headers: reordered }).values,
      );
      const result = await insertStandardSheets(fakePort(host), { year: YEAR });
      expect(result.rebuilt).toEqual([rectification.sheetName]);
      expect(host.sheet(rectification.sheetName).values).toHaveLength(20_002);
      expect(Math.max(...host.stats.payloadBytes)).toBeLessThanOrEqual(1_000_000);
      const { input } = await readStandardSheets(fakePort(host));
      expect(validateWorkbook(input, context).errorCount).toBe(0);
    });

  it("keeps a stamped workbook's own year, and a title the clerk wrote in", async () => {
    const host = hostAt(minor);
    await insertStandardSheets(fakePort(host), { year: 2025, unitName: '本寨村' });
    host.type(activity.sheetName, 'A1', [['本寨村（村务监督委员会）2025年廉政教育活动台账']]);
    const again = await insertStandardSheets(fakePort(host), { year: 2026 });
    expect(again.year).toBe(2025);
    expect(stampSheetOf(host).QingfengYear).toBe('2025');
    expect(host.sheet(activity.sheetName).values[0]?.[0]).toBe('本寨村（村务监督委员会）2025年廉政教育活动台账');
    const date = ledgerLayout(activity, 2025).columns.find((c) => c.validation.type === 'date');
    if (!validated) return;
    expect(
      host.sheet(activity.sheetName).validations.find((v) => v.address.startsWith(`${date?.letter}3:`))?.rule,
    ).toEqual(officeValidation(date!.validation).rule);
  });

  it('names backups so a second upgrade never overwrites the first', () => {
    expect(backupName('一案一整改台账', ['一案一整改台账(升级前)'])).toBe('一案一整改台账(升级前2)');
    expect(backupName('x'.repeat(31), [])).toHaveLength(31);
  });
});
