/** What a validation run depends on besides the cells: kept explicit so the engine stays pure. */
export interface ValidationContext {
  /** The workbook's year (年度). */
  readonly year: number;
  /** The day of validation, ISO `YYYY-MM-DD` (see todayInChina). */
  readonly today: string;
}
