/** Excel data validation as data: the template writer and the add-in both apply it. */

interface ValidationBase {
  /** Cells it applies to, e.g. "C3:C2000" (space-separated ranges allowed). */
  readonly sqref: string;
  /** Default true: a blank cell passes. */
  readonly allowBlank?: boolean;
  /** Shown while the cell is selected; Excel caps the title at 32 and the text at 255 characters. */
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Shown when a value is rejected; same caps. */
  readonly error?: { readonly title: string; readonly message: string };
  /** Default 'stop': the value is refused; 'warning' asks, 'information' only tells. */
  readonly errorStyle?: 'stop' | 'warning' | 'information';
}

export type DataValidation =
  /** A dropdown. Lists over Excel's 255-character inline limit go to a hidden sheet. */
  | (ValidationBase & { readonly type: 'list'; readonly values: readonly string[] })
  | (ValidationBase & { readonly type: 'whole'; readonly min?: number; readonly max?: number })
  /** Bounds are ISO dates (YYYY-MM-DD). */
  | (ValidationBase & { readonly type: 'date'; readonly min?: string; readonly max?: string })
  | (ValidationBase & { readonly type: 'textLength'; readonly max: number })
  /** No check at all: only the input prompt (e.g. for multi-value cells). */
  | (ValidationBase & { readonly type: 'none' });

/** Excel rejects an inline list ("a,b,c", between the quotes) longer than this. */
export const MAX_INLINE_LIST = 255;

/** Whether a dropdown's values can be written inline rather than as a reference to cells. */
export function canBeInline(values: readonly string[]): boolean {
  return values.join(',').length <= MAX_INLINE_LIST && values.every((v) => !/[,"]/.test(v));
}
