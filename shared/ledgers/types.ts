/**
 * Ledger definitions are data: the engine, the Zod schemas, the templates and the
 * consolidated workbook are all derived from them, so a rule is written once.
 */

/** A ledger's key: one of the registry's (shared/ledgers/registry.ts), which lists the definitions. */

interface ColumnBase<K extends string = string> {
  /** Field key in typed rows and in storage. */
  readonly key: K;
  /** Header as printed in the template; matching is tolerant (see header-match). */
  readonly header: string;
  readonly required: boolean;
  /** Template column width, in Excel character units. */
  readonly width: number;
  /** Must be unique within the sheet (序号, 案件编号). */
  readonly unique?: boolean;
}

export interface TextColumn<K extends string = string> extends ColumnBase<K> {
  readonly type: 'text';
  readonly maxLength: number;
}

export interface IntegerColumn<K extends string = string> extends ColumnBase<K> {
  readonly type: 'integer';
  readonly min: number;
  /** Unit suffixes a clerk may type after the number (`12人`). */
  readonly units: readonly string[];
  /** Value of a blank cell in an optional column ("blank = 0"). */
  readonly blankAs?: number;
  /** Warnings (allowed, shown): 0 is suspicious; above this is suspicious. */
  readonly warnIfZero?: boolean;
  readonly warnAbove?: number;
}

export interface DateColumn<K extends string = string> extends ColumnBase<K> {
  readonly type: 'date';
  /** Must fall inside the workbook's year. */
  readonly withinYear?: boolean;
  /** Must not be after the day of validation. */
  readonly notAfterToday?: boolean;
}

export interface EnumColumn<K extends string = string, V extends string = string> extends ColumnBase<K> {
  readonly type: 'enum';
  readonly values: readonly V[];
}

export interface MultiEnumColumn<K extends string = string, V extends string = string> extends ColumnBase<K> {
  readonly type: 'multiEnum';
  readonly values: readonly V[];
}

export type Column<K extends string = string> =
  | TextColumn<K>
  | IntegerColumn<K>
  | DateColumn<K>
  | EnumColumn<K>
  | MultiEnumColumn<K>;

export type ColumnType = Column['type'];

/** Rules between fields of one row; each names the column an issue is reported at. */
export type RowRule =
  /** `field` ≥ `other` (dates): 整改时限 ≥ 下发日期. */
  | { readonly kind: 'notBefore'; readonly field: string; readonly other: string }
  /** integer `field` ≤ integer `other`: 已整改问题数 ≤ 发现问题数. */
  | { readonly kind: 'notGreaterThan'; readonly field: string; readonly other: string }
  /** `field` required when `when` equals `equals`, and blank otherwise. */
  | {
      readonly kind: 'requiredIff';
      readonly field: string;
      readonly when: string;
      readonly equals: string;
    }
  /** integer `field` > 0 when integer `when` > 0, and 0 when it is 0. */
  | { readonly kind: 'positiveIff'; readonly field: string; readonly when: string };

/** Rules across rows of one sheet (uniqueness is a column flag). */
export interface DuplicateRowRule {
  /** Rows agreeing on all these fields are flagged as suspected duplicates (a warning). */
  readonly fields: readonly string[];
}

/** A value that should exist in another ledger of the same workbook (a warning). */
export interface ForeignKeyRule {
  readonly field: string;
  /** The key of the ledger referred to; the registry's tests check it names one of its ledgers. */
  readonly ledger: string;
  readonly references: string;
}

/**
 * What the consolidated workbook adds up of a ledger whose figures are not the work report's
 * (those are shared/report/totals.ts): per unit in 汇总 its rows and the sums of integer
 * columns; in 分类统计 the same per value of each enum column named.
 */
export interface LedgerTally {
  /** The 汇总 column counting its rows, e.g. 典型案例数. */
  readonly rows: string;
  /** Keys of integer columns summed; 汇总 names each by its header. */
  readonly sums: readonly string[];
  /** Keys of enum columns 分类统计 breaks the rows and sums down by, value by value. */
  readonly breakdowns: readonly string[];
}

export interface LedgerDefinition<L extends string = string, C extends readonly Column[] = readonly Column[]> {
  readonly key: L;
  readonly sheetName: string;
  /** Title printed above the header in the template; `{unit}` and `{year}` are filled in. */
  readonly title: string;
  readonly columns: C;
  /** The row's own date: date ranges of the consolidated workbook select rows by it. */
  readonly dateField: string;
  /**
   * The column that names a row across versions (案件编号), where the ledger has one: a unique,
   * required column other than 序号. Comparing two versions matches rows by it, so a renumbered
   * list reads as rows moved, not as every field changed; without it rows are matched by 序号.
   */
  readonly naturalKey?: string;
  readonly rowRules: readonly RowRule[];
  readonly duplicateRow?: DuplicateRowRule;
  readonly foreignKeys?: readonly ForeignKeyRule[];
  readonly tally?: LedgerTally;
}
