/**
 * An in-memory WPS 表格 for testing the add-in's ET adapter (addin/src/wps/) in Node and in
 * Chromium: `application` is what WPS puts on `window.Application` — synchronous calls, 1-based
 * sheet indexes, Value2 a scalar for one cell, colours as BGR integers, Validation.Add refused
 * over an existing validation, sheet-name rules, Delete blocked while alerts are on, and no
 * active workbook once the workbook is closed. Types are the adapter's own declarations
 * (addin/src/wps/et-types.ts), so the fake and the adapter cannot drift apart silently.
 */
import type { CellValue } from '#shared/index.ts';
import type {
  EtApplication,
  EtDocumentProperties,
  EtDocumentProperty,
  EtRange,
  EtSheets,
  EtTaskPane,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
} from '../../addin/src/wps/et-types.ts';
import { XL } from '../../addin/src/wps/et-types.ts';
import { invalidArgument, parseRect, rectAddress } from './a1.ts';
import { FakeEtRange, type RangeHost } from './et-range.ts';
import { checkSheetName, type EtSheetState, etSheet, usedRect } from './et-sheet.ts';

export { MAX_REFERENCE } from './et-range.ts';

const hex = (bgr: number): string => {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
};

export class EtHost implements RangeHost {
  readonly sheets: EtSheetState[] = [];
  readonly customProperties = new Map<string, string | number | boolean>();
  /** False once the clerk closes the workbook: Application.ActiveWorkbook is then null. */
  workbookOpen = true;
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  displayAlerts = true;
  /** Task panes the ribbon opened, by ID - 1, with their URLs. */
  readonly taskPanes: { readonly url: string; readonly pane: EtTaskPane }[] = [];
  readonly pluginStorage = new Map<string, string | number | boolean>();
  readonly application: EtApplication;

  constructor() {
    const host = this;
    const window: EtWindow = {
      get SplitRow() {
        return host.active().splitRow;
      },
      set SplitRow(rows: number) {
        host.active().splitRow = rows;
      },
      get SplitColumn() {
        return 0;
      },
      /** Only row splits are modelled. */
      set SplitColumn(columns: number) {
        if (columns !== 0) throw invalidArgument('the fake models row splits only');
      },
      get FreezePanes() {
        return host.active().frozen;
      },
      set FreezePanes(frozen: boolean) {
        host.active().frozen = frozen;
      },
    };
    this.application = {
      get ActiveWorkbook() {
        return host.workbookOpen ? host.workbook : null;
      },
      get ActiveWindow() {
        return window;
      },
      get DisplayAlerts() {
        return host.displayAlerts;
      },
      set DisplayAlerts(on: boolean) {
        host.displayAlerts = on;
      },
      CreateTaskPane(url: string): EtTaskPane {
        const pane = { ID: host.taskPanes.length + 1, Visible: false };
        host.taskPanes.push({ url, pane });
        return pane;
      },
      GetTaskPane(id: number): EtTaskPane {
        const found = host.taskPanes[id - 1];
        if (!found) throw invalidArgument(`没有任务窗格 ${id}`);
        return found.pane;
      },
      PluginStorage: {
        getItem: (key) => host.pluginStorage.get(key) ?? null,
        setItem: (key, value) => {
          host.pluginStorage.set(key, value);
        },
      },
    };
  }

  /** A sheet whose values start at A1. */
  addSheet(name: string, values: readonly (readonly CellValue[])[] = []): this {
    checkSheetName(
      name,
      this.sheets.map((s) => s.name),
    );
    this.sheets.push(etSheet(name, values));
    this.activeSheet ??= name;
    return this;
  }

  sheet(name: string): EtSheetState {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw invalidArgument(`没有工作表 ${name}`);
    return found;
  }

  isActive(sheet: string): boolean {
    return this.activeSheet?.toLowerCase() === sheet.toLowerCase();
  }

  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }

  private active(): EtSheetState {
    if (this.activeSheet === null) throw invalidArgument('没有活动工作表');
    return this.sheet(this.activeSheet);
  }

  /** Rows frozen on a sheet's window. */
  frozenRows(sheet: string): number {
    const s = this.sheet(sheet);
    return s.frozen ? s.splitRow : 0;
  }

  /** A person typing values in from a cell ("A3") on. */
  type(sheet: string, from: string, values: readonly (readonly CellValue[])[]): void {
    const r = parseRect(from);
    const target = this.sheet(sheet).values;
    values.forEach((line, i) => {
      const row = target[r.top + i] ?? [];
      target[r.top + i] = row;
      line.forEach((v, j) => {
        row[r.left + j] = v;
      });
    });
  }

  /** Every filled cell of a sheet as { "B3": "#F8D7DA" }: what a person sees, from the BGR WPS stores. */
  fills(sheet: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, bgr] of this.sheet(sheet).fills) {
      const [row = 0, col = 0] = key.split(',').map(Number);
      out[rectAddress({ top: row, left: col, bottom: row, right: col })] = hex(bgr);
    }
    return out;
  }

  /** Cell values as a person reads them, "" for empty, from A1 to the last value. */
  values(sheet: string): CellValue[][] {
    return this.sheet(sheet).values.map((row) => Array.from(row, (v) => v ?? ''));
  }

  private readonly workbook: EtWorkbook = ((host: EtHost): EtWorkbook => {
    const worksheet = (state: EtSheetState): EtWorksheet => ({
      get Name() {
        return state.name;
      },
      set Name(name: string) {
        checkSheetName(
          name,
          host.sheets.filter((s) => s !== state).map((s) => s.name),
        );
        if (host.activeSheet === state.name) host.activeSheet = name;
        state.name = name;
      },
      get Visible() {
        return state.visible;
      },
      /** As Excel: a workbook keeps at least one visible sheet. */
      set Visible(value: number) {
        if (value !== -1 && host.sheets.every((s) => s === state || s.visible !== -1))
          throw invalidArgument('工作簿至少要有一张可见的工作表');
        state.visible = value;
      },
      Range: (address: string): EtRange => new FakeEtRange(host, state.name, address),
      get UsedRange(): EtRange {
        return new FakeEtRange(host, state.name, rectAddress(usedRect(state)));
      },
      Activate() {
        host.activeSheet = state.name;
      },
      /** A confirmation dialog would block the pane (Microsoft, Worksheet.Delete); the last sheet cannot go. */
      Delete() {
        if (host.displayAlerts) throw invalidArgument('删除工作表会弹出确认框：请先设 DisplayAlerts = false');
        if (host.sheets.length === 1) throw invalidArgument('工作簿至少要有一张工作表');
        host.sheets.splice(host.sheets.indexOf(state), 1);
        if (host.activeSheet === state.name) host.activeSheet = host.sheets[0]?.name ?? null;
      },
    });
    const stateOf = (sheet: EtWorksheet | undefined): EtSheetState | undefined =>
      sheet === undefined ? undefined : host.sheet(sheet.Name);
    const sheets: EtSheets = {
      get Count() {
        return host.sheets.length;
      },
      /** 1-based, or a name compared without case. */
      Item(index: number | string): EtWorksheet {
        const state =
          typeof index === 'number'
            ? host.sheets[index - 1]
            : host.sheets.find((s) => s.name.toLowerCase() === index.toLowerCase());
        if (!state) throw invalidArgument(`下标越界：${index}`);
        return worksheet(state);
      },
      /** Named SheetN, placed before or after the sheet given (else before the active one), and made active. */
      Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
        let n = host.sheets.length + 1;
        while (host.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
        const state = etSheet(`Sheet${n}`);
        const anchor =
          stateOf(after) ?? stateOf(before) ?? (host.activeSheet ? host.sheet(host.activeSheet) : undefined);
        const at = anchor === undefined ? host.sheets.length : host.sheets.indexOf(anchor) + (after ? 1 : 0);
        host.sheets.splice(at, 0, state);
        host.activeSheet = state.name;
        return worksheet(state);
      },
    };
    const property = (name: string): EtDocumentProperty => ({
      get Value() {
        return host.customProperties.get(name) ?? '';
      },
      set Value(value: string | number | boolean) {
        host.customProperties.set(name, value);
      },
    });
    const properties: EtDocumentProperties = {
      /** A missing name throws (VBA DocumentProperties.Item): there is no OrNullObject in ET. */
      Item(name: string): EtDocumentProperty {
        const key = [...host.customProperties.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
        if (key === undefined) throw invalidArgument(`没有文档属性 ${name}`);
        return property(key);
      },
      /** An existing name throws; only text properties are modelled. */
      Add(name: string, _link: boolean, type: number, value: string): EtDocumentProperty {
        if ([...host.customProperties.keys()].some((k) => k.toLowerCase() === name.toLowerCase()))
          throw invalidArgument(`文档属性已存在：${name}`);
        if (type !== XL.propertyTypeString) throw invalidArgument('the fake models text properties only');
        host.customProperties.set(name, value);
        return property(name);
      },
    };
    return {
      get Name() {
        return '工作簿1';
      },
      Worksheets: sheets,
      CustomDocumentProperties: properties,
    };
  })(this);
}
