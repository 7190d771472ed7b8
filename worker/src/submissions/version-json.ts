import { ledgerKeys } from '#shared/index.ts';
import { ledgerRowsPage } from '../db/submissions.ts';

/** Rows read per D1 statement: a page's strings are all the answer holds at a time. */
const PAGE = 1000;

/**
 * The pieces of `GET /api/submissions/{id}`: the receipt, then every ledger's rows in sheet
 * order, each `{ row, data }`. Rows are read a page at a time and their stored JSON is passed on
 * as stored (it was written by JSON.stringify, so parsing and writing it again would give the
 * same text): built whole, a version at the cell limit took 46 MB of the isolate
 * (bench/workerd/intake-heap.ts).
 */
async function* versionPieces(db: D1Database, receipt: object, submissionId: string): AsyncGenerator<string> {
  // The receipt's own JSON, left open for its `rows` (a receipt always has fields).
  yield `${JSON.stringify(receipt).slice(0, -1)},"rows":{`;
  for (const [i, ledger] of ledgerKeys.entries()) {
    yield `${i === 0 ? '' : ','}${JSON.stringify(ledger)}:[`;
    let after: number | null = null;
    let first = true;
    for (;;) {
      const page = await ledgerRowsPage(db, submissionId, ledger, { limit: PAGE, after });
      if (page.length === 0) break;
      const rows = page.map(([row, data]) => `{"row":${row},"data":${data}}`).join(',');
      yield first ? rows : `,${rows}`;
      first = false;
      after = page[page.length - 1]?.[0] ?? null;
      if (page.length < PAGE) break;
    }
    yield ']';
  }
  yield '}}';
}

const encoder = new TextEncoder();

/** The version's receipt and rows as one JSON body, streamed. */
export function versionJson(db: D1Database, receipt: object, submissionId: string): ReadableStream<Uint8Array> {
  const pieces = versionPieces(db, receipt, submissionId);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}
