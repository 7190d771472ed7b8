/**
 * The behaviour every WorkbookActions adapter owes the pane, whatever the spreadsheet: run for
 * the Office.js adapter on the fake Excel host and for the ET adapter on the fake WPS host.
 */
import { describe, expect, it } from 'vitest';
import { activity, type CellValue, type Issue, ledgers, TEMPLATE_VERSION, validateWorkbook } from '#shared/index.ts';
import { HEADER_ROW, ledgerLayout, TEMPLATE_LAST_ROW } from '#shared/template/layout.ts';
import { STAMP_SHEET } from '#shared/template/stamp-sheet.ts';
import { context, sheetOf, validRow } from '../../tests/support/ledger-builder.ts';
import { highlightColour } from '../src/highlight/colours.ts';
import type { WorkbookActions } from '../src/taskpane/workbook.ts';

/** What a person sees in the host, in host-neutral terms. */
export interface HostView {
  sheetNames(): string[];
  /** Values from A1, "" for empty. */
  values(sheet: string): CellValue[][];
  fills(sheet: string): Record<string, string>;
  /** The kind of validation on a cell ("list", "whole", "date", "textLength", "none") or null. */
  validation(sheet: string, cell: string): string | null;
  frozenRows(sheet: string): number;
  stamp(key: string): string | undefined;
  selection(): { sheet: string; address: string } | null;
  type(sheet: string, from: string, rows: readonly (readonly CellValue[])[]): void;
}

export interface Workbook {
  readonly actions: WorkbookActions;
  readonly view: HostView;
}

/** A host holding these sheets (values from A1) and custom properties. */
export type MakeWorkbook = (
  sheets: readonly { name: string; values: readonly (readonly CellValue[])[] }[],
  properties?: Readonly<Record<string, string>>,
) => Workbook;

const noProgress = (): void => {};
const grid = (rows: readonly (readonly CellValue[])[]): CellValue[][] => rows.map((r) => [...r]);

const cellIssue = (sheet: string, row: number, column: string, severity: Issue['severity'] = 'error') => ({
  sheet,
  row,
  column,
  severity,
});

function planted(make: MakeWorkbook): Workbook {
  const headers = [...Object.keys(validRow.activity), '多余列'];
  return make(
    [
      { name: '说明', values: [['请勿修改']] },
      {
        name: activity.sheetName,
        values: grid(sheetOf('activity', [{}, { 参加人次: -5 }, {}, { 活动日期: '不是日期' }], { headers }).values),
      },
    ],
    { QingfengTemplate: TEMPLATE_VERSION, QingfengYear: '2026' },
  );
}

export function workbookBehaviour(host: string, make: MakeWorkbook): void {
  describe(`WorkbookActions on ${host}`, () => {
    it('reads the standard sheets, the stamp and every sheet name; the engine finds the planted mistakes', async () => {
      const { actions } = planted(make);
      const read = await actions.read(noProgress);
      expect(read.year).toBe(2026);
      expect(read.allSheets).toEqual(['说明', activity.sheetName]);
      expect(Object.keys(read.input.sheets)).toEqual([activity.sheetName]);
      const { issues } = validateWorkbook(read.input, context);
      expect(issues.filter((i) => i.severity === 'error').map((i) => `${i.column}${i.row}`)).toHaveLength(2);
    });

    it('paints errors and warnings in their colours, and clears the last run first', async () => {
      const { actions, view } = planted(make);
      const sheet = activity.sheetName;
      const first = await actions.highlight(
        [cellIssue(sheet, 3, 'B'), cellIssue(sheet, 4, 'B'), cellIssue(sheet, 5, 'C', 'warning')],
        [],
      );
      expect(view.fills(sheet)).toEqual({
        B3: highlightColour.error,
        B4: highlightColour.error,
        C5: highlightColour.warning,
      });
      await actions.highlight([cellIssue(sheet, 4, 'B')], first.painted);
      expect(view.fills(sheet)).toEqual({ B4: highlightColour.error });
      await expect(actions.highlight([], [{ sheet: 'gone', address: 'A1' }])).resolves.toEqual({
        painted: [],
        protectedSheets: [],
      });
    });

    it('selects a cell on its sheet, and says so when the sheet is gone', async () => {
      const { actions, view } = planted(make);
      await expect(actions.select(activity.sheetName, 'G5')).resolves.toBe(true);
      expect(view.selection()).toEqual({ sheet: activity.sheetName, address: 'G5' });
      await expect(actions.select('gone', 'A1')).resolves.toBe(false);
    });

    it('inserts the standard sheets as the template lays them out, stamped, and reads them back clean', async () => {
      const { actions, view } = make([{ name: 'Sheet1', values: [] }]);
      const result = await actions.insert({ year: 2026, unitName: '本寨村' });
      expect(result.added).toEqual(ledgers.map((l) => l.sheetName));
      expect(view.sheetNames()).toEqual(['Sheet1', ...ledgers.map((l) => l.sheetName), STAMP_SHEET]);
      expect(view.stamp('QingfengTemplate')).toBe(TEMPLATE_VERSION);
      expect(view.stamp('QingfengYear')).toBe('2026');
      for (const def of ledgers) {
        const layout = ledgerLayout(def, 2026, '本寨村');
        const values = view.values(def.sheetName);
        expect(values[0]?.[0]).toBe(layout.title);
        expect(values[HEADER_ROW - 1]).toEqual(layout.columns.map((c) => c.header));
        expect(view.frozenRows(def.sheetName)).toBe(HEADER_ROW);
        for (const column of layout.columns) {
          const expected =
            column.validation.type === 'none' && !column.validation.prompt ? null : column.validation.type;
          expect(view.validation(def.sheetName, `${column.letter}${TEMPLATE_LAST_ROW}`), column.header).toBe(expected);
        }
      }
      const row = activity.columns.map((c) => validRow.activity[c.header] ?? null);
      view.type(activity.sheetName, 'A3', [row]);
      const again = await actions.insert({ year: 2026 });
      expect(again.unchanged).toEqual(ledgers.map((l) => l.sheetName));
      const { issues } = validateWorkbook((await actions.read(noProgress)).input, context);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    });

    it('rebuilds an old sheet in the current layout, backs it up whole, and keeps text as text', async () => {
      const headers = ['活动主题', '序号', '活动日期', '活动类别', '组织单位', '地点或载体', '参加人次', '旧表备注'];
      const old = sheetOf('activity', [{}, { 旧表备注: '2026-3' }, { 旧表备注: '=1+1' }], { headers });
      const original = [['旧模板标题'], ...old.values.slice(1)];
      const { actions, view } = make([{ name: activity.sheetName, values: original }]);
      const result = await actions.insert({ year: 2026 });
      expect(result.rebuilt).toEqual([activity.sheetName]);
      expect(result.backups).toEqual([`${activity.sheetName}(升级前)`]);
      const backup = view.values(`${activity.sheetName}(升级前)`);
      expect(backup[0]?.[0]).toBe('旧模板标题');
      expect(backup.slice(1)).toEqual(original.slice(1).map((r) => r.map((v) => v ?? '')));
      const values = view.values(activity.sheetName).flat();
      expect(values).toEqual(expect.arrayContaining(['2026-3', '=1+1', '旧表备注']));
    });

    it('writes the 汇总 sheets, replacing an earlier download and leaving other sheets alone', async () => {
      const { actions, view } = make([
        { name: '我的表', values: [['不要动']] },
        { name: '汇总-汇总', values: [['旧数据']] },
      ]);
      const progress: number[] = [];
      const names = await actions.writeSheets(
        [
          {
            name: '汇总',
            address: 'A1',
            values: [
              ['单位', '活动日期'],
              ['本寨村', 46082],
              ['=1+1', '001'],
            ],
          },
          { name: '报告数据', address: 'B2', values: [['一句话']] },
        ],
        '汇总-',
        (done) => progress.push(done),
      );
      expect(names).toEqual(['汇总-汇总', '汇总-报告数据']);
      expect(view.sheetNames()).toEqual(['我的表', '汇总-汇总', '汇总-报告数据']);
      expect(view.values('我的表')).toEqual([['不要动']]);
      expect(view.values('汇总-汇总')).toEqual([
        ['单位', '活动日期'],
        ['本寨村', 46082],
        ['=1+1', '001'],
      ]);
      expect(view.values('汇总-报告数据')[1]?.[1]).toBe('一句话');
      expect(view.frozenRows('汇总-汇总')).toBe(1);
      expect(progress).toEqual([1, 2]);
    });
  });
}
