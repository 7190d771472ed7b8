import type { Row } from '../xlsx/types.ts';
import type { Consolidation } from './load.ts';

/**
 * The export scope's figures, loaded once by the first sheet that shows them. Those sheets are
 * written into the package after the ledger sheets (SheetSource.late), so the download starts
 * before any query over the rows has run.
 */
export type Counted = () => Promise<Consolidation>;

/** A figure sheet's rows, made from the figures once the writer reaches the sheet. */
export async function* countedRows(counted: Counted, rows: (c: Consolidation) => Iterable<Row>): AsyncGenerator<Row> {
  yield* rows(await counted());
}
