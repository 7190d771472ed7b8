import type { Severity } from '../../../shared/index.ts';

/** Bootstrap's alert backgrounds: light enough to keep the cell text readable. */
export const highlightColour: Readonly<Record<Severity, string>> = {
  error: '#F8D7DA',
  warning: '#FFF3CD',
};
