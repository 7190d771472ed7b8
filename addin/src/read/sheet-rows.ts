import { appendAll } from '#shared/append-all.ts';
import type { CellValue } from '#shared/index.ts';
import { ChunkPlanner, DEFAULT_RESPONSE_BUDGET, type RowChunk, type SheetExtent } from './chunks.ts';

/**
 * The rows of several sheets read chunk by chunk, as both hosts' adapters read them: the
 * planner says which rows to ask for next, and each chunk's rows are kept with their cost.
 */
export class SheetRows {
  readonly planner: ChunkPlanner;
  private readonly values: Map<string, CellValue[][]>;
  private readonly totalRows: number;

  constructor(sheets: readonly SheetExtent[], budget = DEFAULT_RESPONSE_BUDGET) {
    this.planner = new ChunkPlanner(
      sheets.map((s) => ({ name: s.name, rows: s.rows, columns: s.columns })),
      budget,
    );
    this.values = new Map(sheets.map((s) => [s.name, []]));
    this.totalRows = sheets.reduce((sum, s) => sum + s.rows, 0);
  }

  /** A chunk's rows as the host answered them, and the bytes the answer cost. */
  add(chunk: RowChunk, rows: readonly CellValue[][], bytes: number): void {
    this.planner.measured(chunk, bytes);
    appendAll(this.values.get(chunk.sheet) ?? [], rows);
  }

  /** Every row of a sheet read so far. */
  of(sheet: string): CellValue[][] {
    return this.values.get(sheet) ?? [];
  }

  report(onProgress?: (rowsRead: number, totalRows: number) => void): void {
    onProgress?.(this.planner.rowsRead, this.totalRows);
  }
}
