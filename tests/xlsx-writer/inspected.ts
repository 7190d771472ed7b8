/** What inspect-xlsx.py prints of a workbook (openpyxl's view of it). */
export interface InspectedCell {
  ref: string;
  value: string | number | null;
  type: string;
  numberFormat: string;
  bold: boolean;
  color: string | null;
  fill: string | null;
  wrap: boolean;
}
export interface InspectedSheet {
  name: string;
  state: string;
  freeze: string | null;
  merges: string[];
  autoFilter: string | null;
  columns: Record<string, { width: number; numberFormat: string }>;
  rowHeights: Record<string, number>;
  landscape: boolean;
  fitToPage: boolean;
  cells: InspectedCell[];
  validations: Record<string, string | boolean | null>[];
}
export interface Inspected {
  sheets: InspectedSheet[];
  customProperties: Record<string, string>;
  title: string | null;
}
