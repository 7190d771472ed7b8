/** The streaming .xlsx writer's vocabulary: what callers hand it, sheet by sheet. */

/** Cell formats the writer's styles.xml defines; see styles.ts for what each looks like. */
export type StyleName =
  | 'title'
  | 'header'
  | 'headerRequired'
  | 'text'
  | 'wrap'
  | 'date'
  | 'dateTime'
  | 'integer'
  | 'decimal'
  | 'percent'
  | 'bold'
  | 'subtotal'
  | 'total';

export type CellValue = string | number | null;

/**
 * A cell: a bare value, or a value with a style. Strings are always written as text
 * (never formulas), numbers only when finite (others are left blank), null or '' is an
 * empty cell. A bare value takes its column's style, if the column has one.
 */
export type Cell = CellValue | { readonly value: CellValue; readonly style?: StyleName };

export type Row = readonly Cell[];

export interface ColumnSpec {
  /** In Excel character units (the width of a "0"; a CJK character is about 2). */
  readonly width: number;
  /** For bare values in this column and for cells the user types later. */
  readonly style?: StyleName;
  readonly hidden?: boolean;
}

import type { DataValidation } from '#shared/template/validation.ts';

export type { DataValidation };

export interface SheetSpec {
  /** Made valid for Excel (≤ 31 characters, no []:*?/\, unique) if it is not. */
  readonly name: string;
  readonly columns?: readonly ColumnSpec[];
  /** Rows (and columns) kept in view while scrolling. */
  readonly freeze?: { readonly rows: number; readonly columns?: number };
  /** Heights in points by 1-based row number. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Ranges such as "A1:L1". */
  readonly merges?: readonly string[];
  readonly validations?: readonly DataValidation[];
  /** Range with the header row on top, e.g. "A2:L2"; Excel extends it over the data. */
  readonly autoFilter?: string;
  readonly hidden?: boolean;
  /**
   * Rows from `fromRow` (1-based) on form a bordered table: every cell up to the last column
   * gets a thin border and wraps its text, and each row's height is estimated from its text,
   * because neither Excel nor LibreOffice grows a streamed row on open.
   */
  readonly table?: { readonly fromRow: number };
  readonly print?: PrintSpec;
}

/** How a sheet prints: always on A4. */
export interface PrintSpec {
  readonly landscape?: boolean;
  /** All columns scaled onto one page width. */
  readonly fitToWidth?: boolean;
  /** With fitToWidth: the pages tall it is scaled into; 0 (default) as many as the rows need. */
  readonly fitToHeight?: number;
  /** 1-based rows printed again at the top of every page (print titles), e.g. the header row. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Centred page header, plain text (line breaks kept). */
  readonly header?: string;
  /** Centred page footer, plain text where {page} and {pages} become the page number and count. */
  readonly footer?: string;
}

export interface SheetSource {
  readonly spec: SheetSpec;
  /** Pulled only as the output is read, so a generator keeps memory flat. */
  readonly rows: Iterable<Row> | AsyncIterable<Row>;
  /**
   * Written into the package after every sheet that is not late, keeping its place among the
   * tabs: for a sheet whose rows wait on work the others need not (the export's figures), so
   * the bytes of the rest leave first.
   */
  readonly late?: boolean;
}

export interface XlsxOptions {
  /** Custom document properties (docProps/custom.xml), all written as text. */
  readonly customProperties?: Readonly<Record<string, string>>;
  /** Document title (docProps/core.xml). */
  readonly title?: string;
  readonly creator?: string;
  /**
   * Creation time stamped in the package: the request's instant (clock.ts). Without one the
   * package carries 1980-01-01, zip's earliest time, so output never depends on the day.
   */
  readonly created?: Date;
  /**
   * Who deflates: the runtime's zlib through CompressionStream (default where there is one:
   * workerd, browsers, Node) or fflate in JavaScript. Measured in docs/xlsx-writer.md.
   */
  readonly deflate?: 'native' | 'fflate';
  /** fflate's deflate level 0–9 (default 6); zlib always uses its default, 6. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}
