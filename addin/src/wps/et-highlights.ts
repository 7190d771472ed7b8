/** 标出问题单元格 on WPS: the same plan as on Excel (planHighlights), painted through Interior. */
import type { HighlightedRange, Highlights } from '../excel/highlights.ts';
import { chunkByBudget, DEFAULT_SYNC_BUDGET, operationBytes } from '../highlight/budget.ts';
import { highlightColour } from '../highlight/colours.ts';
import { type Mark, planHighlights } from '../highlight/plan.ts';
import { activeWorkbook, breathe, worksheetsOf } from './et-book.ts';
import { bgr } from './et-colour.ts';
import { type EtApplication, XL } from './et-types.ts';

interface FillOperation extends HighlightedRange {
  /** null clears the fill. */
  readonly colour: string | null;
}

const cost = (op: FillOperation): number => operationBytes(op.sheet, op.address, op.colour ?? '');

/**
 * Clears the previous highlights, then paints error and warning cells, clearing first so a
 * cell that is still wrong ends up painted. The planner's multi-area addresses stay under
 * 255 characters, which ET's Range() needs as Excel's does.
 */
export async function highlightEt(
  app: EtApplication,
  issues: readonly Mark[],
  previous: readonly HighlightedRange[],
): Promise<Highlights> {
  // Sheets may have been renamed or deleted since the last run.
  const sheets = new Map(worksheetsOf(activeWorkbook(app)).map((s) => [s.Name, s]));
  const operations: FillOperation[] = [
    ...previous.map((p) => ({ sheet: p.sheet, address: p.address, colour: null })),
    ...planHighlights(issues).map((p) => ({ sheet: p.sheet, address: p.address, colour: highlightColour[p.severity] })),
  ].filter((op) => sheets.has(op.sheet));
  for (const batch of chunkByBudget(operations, cost, DEFAULT_SYNC_BUDGET)) {
    for (const op of batch) {
      const interior = sheets.get(op.sheet)?.Range(op.address).Interior;
      if (!interior) continue;
      if (op.colour === null) interior.ColorIndex = XL.colorIndexNone;
      else interior.Color = bgr(op.colour);
    }
    await breathe();
  }
  // Sheet protection is not modelled on WPS yet: a protected sheet's paint fails as WPS refuses it.
  return {
    painted: operations.filter((op) => op.colour !== null).map(({ sheet, address }) => ({ sheet, address })),
    protectedSheets: [],
  };
}
