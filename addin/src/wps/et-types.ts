/**
 * The part of WPS 表格's JS object model (ET) the add-in uses, declared here and nowhere else.
 *
 * Source of every member: Kingsoft's typings, npm `et-jsapi-declare` 2.5.0, `lib.et.d.ts` (line
 * numbers below) and `index.d.ts` (WPS.AddonRoot). They are not installed: `index.d.ts` declares
 * globals for every page of the build (`Application`, `wps`, a `confirm` overload, a required
 * `Window.Application`), and most members are typed `any`. The types here are narrower where the
 * typings say `any` or leave out null, after WPS's VBA-shaped behaviour (as Excel's COM model).
 */

/** A cell as Value2 gives it: a date is its serial number, an empty cell undefined. */
export type EtCell = string | number | boolean | null | undefined;

/** Range.Value2 (lib.et.d.ts:1706): a scalar for one cell, rows of cells for a larger range. */
export type EtValue2 = EtCell | EtCell[][];

/** XlDVType, XlDVAlertStyle, XlFormatConditionOperator and XlHAlign values (lib.et.d.ts enums, as VBA's). */
export const XL = {
  validateInputOnly: 0,
  validateWholeNumber: 1,
  validateDate: 4,
  validateList: 3,
  validateTextLength: 6,
  alertStop: 1,
  alertWarning: 2,
  alertInformation: 3,
  between: 1,
  greaterEqual: 7,
  lessEqual: 8,
  hAlignCenter: -4108,
  /** Interior.ColorIndex for "no fill". */
  colorIndexNone: -4142,
  /** msoPropertyTypeString, for CustomDocumentProperties.Add. */
  propertyTypeString: 4,
  /** XlSheetVisibility.xlSheetHidden (lib.et.d.ts:17450). */
  sheetHidden: 0,
} as const;

/** lib.et.d.ts:1942 */
export interface EtInterior {
  /** A BGR integer: R + G·256 + B·65536. */
  Color: number;
  ColorIndex: number;
}

/** lib.et.d.ts:1899 */
export interface EtFont {
  Bold: boolean;
}

/** lib.et.d.ts:4492 */
export interface EtValidation {
  /** lib.et.d.ts:4499; fails on a range that already has a validation: Delete first. */
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  /** lib.et.d.ts:4509 */
  Delete(): void;
  IgnoreBlank: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

/** A count of rows or columns (Range.Rows / Range.Columns are Ranges; only Count is used). */
export interface EtCount {
  /** lib.et.d.ts:1432 */
  readonly Count: number;
}

/** lib.et.d.ts:1333 */
export interface EtRange {
  /** lib.et.d.ts:1347; Address(false, false) gives "A1:K20", no dollars. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** 1-based first row and column (lib.et.d.ts:1614, 1412). */
  readonly Row: number;
  readonly Column: number;
  /** lib.et.d.ts:1620, 1416 */
  readonly Rows: EtCount;
  readonly Columns: EtCount;
  Value2: EtValue2;
  /** lib.et.d.ts:1534, 1496, 1700 */
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Validation: EtValidation;
  /** lib.et.d.ts:1526 */
  HorizontalAlignment: number;
  /** Points (lib.et.d.ts:1618). */
  RowHeight: number;
  /** Characters of the standard font, the template's own unit (lib.et.d.ts:1418). */
  ColumnWidth: number;
  /** lib.et.d.ts:1714, 1568 */
  WrapText: boolean;
  NumberFormat: string;
  /** lib.et.d.ts:1552, 1554, 1402, 1624 */
  Merge(across?: boolean): void;
  UnMerge(): void;
  Clear(): boolean;
  Select(): boolean;
}

/** lib.et.d.ts:4537 */
export interface EtWorksheet {
  /** lib.et.d.ts:4558; setting it enforces the sheet-name rules. */
  Name: string;
  /** lib.et.d.ts:4690; "A1", "A1:C9" or several areas "A1:A3,C5". */
  Range(address: string): EtRange;
  /** lib.et.d.ts:4718; includes cells that are only formatted. */
  readonly UsedRange: EtRange;
  /** lib.et.d.ts:4592: XlSheetVisibility (-1 visible, 0 hidden, 2 very hidden). */
  Visible: number;
  /** lib.et.d.ts:4544, 4548; Delete asks the user unless Application.DisplayAlerts is false. */
  Activate(): void;
  Delete(): void;
}

/** Workbook.Worksheets (lib.et.d.ts:7673 Sheets). */
export interface EtSheets {
  /** lib.et.d.ts:7684 */
  readonly Count: number;
  /** 1-based index or a name (lib.et.d.ts:7693); a missing one throws. */
  Item(index: number | string): EtWorksheet;
  /** lib.et.d.ts:7680: before / after a sheet; returns the new sheet. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

/** A custom document property (VBA DocumentProperty; lib.et.d.ts types the collection `any`). */
export interface EtDocumentProperty {
  Value: string | number | boolean;
}

/** Workbook.CustomDocumentProperties (lib.et.d.ts:7788), as VBA's DocumentProperties. */
export interface EtDocumentProperties {
  /** Throws on a missing name: there is no OrNullObject. */
  Item(name: string): EtDocumentProperty;
  /** Throws when the name exists. */
  Add(name: string, linkToContent: boolean, type: number, value: string): EtDocumentProperty;
}

/** lib.et.d.ts:7734 */
export interface EtWorkbook {
  /** lib.et.d.ts:7828 */
  readonly Name: string;
  /** lib.et.d.ts:7938 */
  readonly Worksheets: EtSheets;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

/** lib.et.d.ts:7486; freezing works on the active sheet's window. */
export interface EtWindow {
  /** lib.et.d.ts:7575, 7571, 7531 */
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

/** A task pane (index.d.ts:164 WPS.CustomTaskpane). */
export interface EtTaskPane {
  /** index.d.ts:174, 175 */
  readonly ID: number;
  Visible: boolean;
}

/** Storage shared by the add-in's pages, not persisted (index.d.ts:398). */
export interface EtPluginStorage {
  /** index.d.ts:409; what setItem stored, or a falsy value when nothing was. */
  getItem(key: string): string | number | boolean | null;
  /** index.d.ts:404 */
  setItem(key: string, value: number | boolean | string): void;
}

/** lib.et.d.ts:690 Application, with WPS.AddonRoot (index.d.ts) for the task pane. */
export interface EtApplication {
  /** lib.et.d.ts:711; null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  /** lib.et.d.ts:709 */
  readonly ActiveWindow: EtWindow;
  /** lib.et.d.ts:879 */
  DisplayAlerts: boolean;
  /** index.d.ts:65, 71: the ribbon (public/wps/ribbon.js) opens the pane once and toggles it after. */
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
  /** index.d.ts:106 */
  readonly PluginStorage: EtPluginStorage;
}
