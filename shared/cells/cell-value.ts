/** One cell as Office.js `Range.values` gives it (and as our .xlsx reader returns it). */
export type CellValue = string | number | boolean | null;
