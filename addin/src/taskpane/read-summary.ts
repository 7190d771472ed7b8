import type { XlsxSheet } from '#shared/xlsx/read-xlsx.ts';
import { askWorker } from '#web/one-shot-worker.ts';
import SummaryWorker from './summary-worker.ts?worker';

type Reply = { ok: true; sheets: XlsxSheet[] } | { ok: false; message: string };

/** The consolidated workbook's non-empty sheets, read in a worker of its own (summary-worker.ts). */
export async function readSummaryInWorker(workbook: Blob): Promise<XlsxSheet[]> {
  // Through Response: Blob.arrayBuffer is missing before Chromium 76 and in EdgeHTML 18.
  const bytes = await new Response(workbook).arrayBuffer();
  const reply = await askWorker<Reply>(new SummaryWorker(), bytes, [bytes]);
  if (!reply.ok) throw new Error(reply.message);
  return reply.sheets;
}
