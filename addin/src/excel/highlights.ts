import { chunkByBudget, DEFAULT_SYNC_BUDGET, operationBytes } from '../highlight/budget.ts';
import { highlightColour } from '../highlight/colours.ts';
import { type Mark, planHighlights } from '../highlight/plan.ts';
import type { ExcelPort } from './port.ts';
import { isProtected, loadSheetsWithProtection } from './sheet-protection.ts';

/** A range the add-in painted; handed back on the next call so it can be cleared. */
export interface HighlightedRange {
  readonly sheet: string;
  readonly address: string;
}

interface FillOperation extends HighlightedRange {
  /** null clears the fill. */
  readonly colour: string | null;
}

export interface Highlights {
  /** What to clear next time: the ranges painted, and earlier ones a protected sheet kept. */
  readonly painted: HighlightedRange[];
  /** Sheets with problem cells left unpainted: protected, so Excel would refuse the fill. */
  readonly protectedSheets: string[];
}

export interface HighlightOptions {
  /** Bytes per sync; see DEFAULT_SYNC_BUDGET. */
  readonly syncBudget?: number;
}

const cost = (op: FillOperation): number => operationBytes(op.sheet, op.address, op.colour ?? '');

/**
 * Clears the previous highlights, then paints error and warning cells. Writes are
 * batched into as few syncs as the payload budget allows; clearing goes first in the
 * same queue so a cell that is still wrong ends up painted, not cleared.
 *
 * Clearing removes any fill the clerk had on those cells too: the template's data
 * cells carry none, and the alternative (remembering old fills) costs a read per cell.
 * Protected sheets are left alone and named: the check still stands, only the paint is missing.
 */
export async function highlightIssues(
  port: ExcelPort,
  issues: readonly Mark[],
  previous: readonly HighlightedRange[],
  options: HighlightOptions = {},
): Promise<Highlights> {
  // Without getRanges (ExcelApi 1.9) each area of a multi-area address becomes its own range.
  const manyAreas = port.supports(9);
  const plan = planHighlights(issues).flatMap((p) =>
    manyAreas ? [p] : p.address.split(',').map((address) => ({ ...p, address })),
  );
  const previousAreas = manyAreas
    ? previous
    : previous.flatMap((p) => p.address.split(',').map((address) => ({ sheet: p.sheet, address })));
  return port.run(async (context) => {
    // Sheets may have been renamed or deleted since the last run; touching one would fail the sync.
    const worksheets = loadSheetsWithProtection(port, context.workbook.worksheets);
    await context.sync();
    const sheets = new Map(worksheets.items.filter((s) => !isProtected(port, s)).map((s) => [s.name, s]));
    const protectedSheets = worksheets.items
      .filter((s) => isProtected(port, s) && plan.some((p) => p.sheet === s.name))
      .map((s) => s.name);

    const operations: FillOperation[] = [
      ...previousAreas.map((p) => ({ sheet: p.sheet, address: p.address, colour: null })),
      ...plan.map((p) => ({ sheet: p.sheet, address: p.address, colour: highlightColour[p.severity] })),
    ].filter((op) => sheets.has(op.sheet));

    for (const batch of chunkByBudget(operations, cost, options.syncBudget ?? DEFAULT_SYNC_BUDGET)) {
      for (const op of batch) {
        const sheet = sheets.get(op.sheet);
        if (!sheet) continue;
        const fill = (manyAreas ? sheet.getRanges(op.address) : sheet.getRange(op.address)).format.fill;
        if (op.colour === null) fill.clear();
        else fill.color = op.colour;
      }
      await context.sync();
    }
    const painted = operations.filter((op) => op.colour !== null).map(({ sheet, address }) => ({ sheet, address }));
    // Paint left on a protected sheet is still there: handed back, it is cleared once it can be.
    const stuck = previousAreas.filter((p) => !sheets.has(p.sheet) && worksheets.items.some((s) => s.name === p.sheet));
    return { painted: [...painted, ...stuck], protectedSheets };
  });
}
