/**
 * Which rows to ask Excel for in each round trip. Excel on the web refuses a response over
 * 5 MB, and a cell's size is unknown until it is read, so each sheet starts with a small
 * probe and later chunks are sized from the bytes per row measured so far. Rows read so far
 * say nothing sure about the rows after them (short rows, then long ones), so a chunk Excel
 * refuses is asked for again in halves, and the sheet's chunks grow back only as they succeed.
 */

/** Wire bytes of loaded values aimed for per sync: under half of Excel on the web's 5 MB. */
export const DEFAULT_RESPONSE_BUDGET = 2_000_000;
/**
 * What a cell is assumed to cost before any row of its sheet has been read: about 300 Chinese
 * characters, more than all but the longest texts. A sheet's first chunk (the probe) is sized
 * from it, so even a probe of long texts stays near the budget.
 */
export const PROBE_BYTES_PER_CELL = 1_000;
/** Measured bytes per row are padded, since later rows may be longer than the ones seen. */
const MARGIN = 1.25;

export interface SheetExtent {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

export interface RowChunk {
  readonly sheet: string;
  /** 0-based offset into the sheet's used range, and how many rows. */
  readonly offset: number;
  readonly rows: number;
}

/** Tracks what each sheet has left and what its rows have cost; plans one sync at a time. */
export class ChunkPlanner {
  private readonly next = new Map<string, number>();
  private readonly bytesPerRow = new Map<string, number>();
  /** Most rows a sheet's next chunk may have, after Excel refused a larger one. */
  private readonly cap = new Map<string, number>();

  constructor(
    private readonly sheets: readonly SheetExtent[],
    private readonly budget = DEFAULT_RESPONSE_BUDGET,
  ) {
    for (const s of sheets) this.next.set(s.name, 0);
  }

  get done(): boolean {
    return this.sheets.every((s) => (this.next.get(s.name) ?? 0) >= s.rows);
  }

  get rowsRead(): number {
    return this.sheets.reduce((sum, s) => sum + Math.min(s.rows, this.next.get(s.name) ?? 0), 0);
  }

  /** The chunks of the next sync: at least one row, at most the budget as far as is known. */
  plan(): RowChunk[] {
    const chunks: RowChunk[] = [];
    let left = this.budget;
    for (const sheet of this.sheets) {
      const offset = this.next.get(sheet.name) ?? 0;
      const remaining = sheet.rows - offset;
      if (remaining <= 0) continue;
      const perRow = this.bytesPerRow.get(sheet.name) ?? sheet.columns * PROBE_BYTES_PER_CELL;
      const fits = Math.min(Math.floor(left / perRow), this.cap.get(sheet.name) ?? Infinity);
      const rows = Math.min(remaining, chunks.length === 0 ? Math.max(1, fits) : fits);
      if (rows <= 0) break;
      chunks.push({ sheet: sheet.name, offset, rows });
      this.next.set(sheet.name, offset + rows);
      left -= rows * perRow;
    }
    return chunks;
  }

  /** What a chunk really cost, once read. A capped sheet may try twice as many rows next. */
  measured(chunk: RowChunk, bytes: number): void {
    const perRow = (bytes / Math.max(1, chunk.rows)) * MARGIN;
    this.bytesPerRow.set(chunk.sheet, Math.max(perRow, this.bytesPerRow.get(chunk.sheet) ?? 0));
    const cap = this.cap.get(chunk.sheet);
    if (cap !== undefined) this.cap.set(chunk.sheet, cap * 2);
  }

  /**
   * Excel refused the response of a sync holding these chunks: each goes back to be read again
   * in half as many rows. False when every chunk was a single row already, so halving cannot help.
   */
  refused(chunks: readonly RowChunk[]): boolean {
    for (const chunk of chunks) {
      this.next.set(chunk.sheet, Math.min(chunk.offset, this.next.get(chunk.sheet) ?? chunk.offset));
      this.cap.set(chunk.sheet, Math.max(1, Math.floor(chunk.rows / 2)));
    }
    return chunks.some((c) => c.rows > 1);
  }
}
