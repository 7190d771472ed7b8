/// <reference lib="webworker" />
/**
 * Reads the consolidated workbook for 写入当前工作簿 off the pane's thread, and out of the page's
 * scripts: the .xlsx reader and its inflater are a seventh of the pane's code, and only a
 * supervisor's one button needs them, so they load when it is pressed.
 */
// First: the reader uses built-ins EdgeHTML 18 lacks, and the page's polyfill script never reaches a worker.
import '../legacy/worker-polyfills.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    const book = await readXlsx(new Uint8Array(event.data));
    self.postMessage({ ok: true, sheets: book.sheets.filter((s) => s.values.length > 0) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
