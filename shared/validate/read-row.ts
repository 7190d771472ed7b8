import type { FieldValue } from './columns.ts';

export type RowData = Record<string, FieldValue>;

/** A non-blank data row as read: failed fields are null and listed in `failed`. */
export interface ReadRow {
  /** Excel row number. */
  readonly row: number;
  readonly data: RowData;
  readonly failed: ReadonlySet<string> | null;
  /** Any error on the row, its own cells' or a repeat of another row's unique value. */
  readonly hasError: boolean;
}
