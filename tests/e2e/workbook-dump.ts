import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const dumped = z.object({ sheets: z.array(z.object({ name: z.string(), rows: z.array(z.array(cell)) })) });

export type Cell = z.infer<typeof cell>;
export type DumpedSheet = z.infer<typeof dumped>['sheets'][number];

// Debian's python3-openpyxl, not a pip install: CI gets it from apt (see .ci/run).
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('dump-workbook.py', import.meta.url));

/** Every sheet of a workbook as openpyxl reads it, so our export is checked by a reader that is not ours. */
export async function dumpWorkbook(path: string): Promise<DumpedSheet[]> {
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(PYTHON, [SCRIPT, path], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    throw new Error(
      `openpyxl could not read ${path}; is python3-openpyxl installed (apt-get install python3-openpyxl)?\n${String(error)}`,
    );
  }
  return dumped.parse(JSON.parse(stdout)).sheets;
}
