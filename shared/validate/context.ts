import type { ReplacedVersion } from './fewer-rows.ts';

/** What a validation run depends on besides the cells: kept explicit so the engine stays pure. */
export interface ValidationContext {
  /** The workbook's year (年度). */
  readonly year: number;
  /** The day of validation, ISO `YYYY-MM-DD` (see todayInChina). */
  readonly today: string;
  /**
   * The version this workbook would replace (null: it would be the unit-year's first), when
   * the caller knows it: then the engine also warns of rows that would vanish (fewer-rows.ts).
   */
  readonly replaces?: ReplacedVersion | null;
}
