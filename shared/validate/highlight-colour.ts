import type { Severity } from './issue.ts';

/**
 * The one pair of colours a problem cell is filled with, in the task pane and in the annotated
 * workbook (批注版) alike. Bootstrap's alert backgrounds: light enough to keep the cell text readable.
 */
export const highlightColour: Readonly<Record<Severity, string>> = {
  error: '#F8D7DA',
  warning: '#FFF3CD',
};
