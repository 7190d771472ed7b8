/** A fixture workbook checked as the Worker checks it, and its 批注版. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IssueSummary, summariseIssues, validateWorkbook } from '#shared/index.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { annotateWorkbook } from '../../worker/src/annotate/annotate-workbook.ts';
import { PYTHON } from '../xlsx-writer/tools.ts';

export interface Annotated {
  readonly source: Uint8Array;
  readonly output: Uint8Array;
  readonly summary: IssueSummary;
}

export const TODAY = '2026-11-24';

export async function checked(bytes: Uint8Array): Promise<IssueSummary> {
  const read = await readUpload(bytes);
  if (read.kind !== 'read') throw new Error(read.issue.message);
  return summariseIssues(validateWorkbook(read.input, { year: 2026, today: TODAY }).issues);
}

export async function annotated(fixture: string): Promise<Annotated> {
  const source = new Uint8Array(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url)));
  const summary = await checked(source);
  const output = await annotateWorkbook(source, summary, { year: 2026, mtime: new Date('2026-11-24T01:00:00Z') });
  return { source, output, summary };
}

export interface Inspection {
  readonly sheets: string[];
  readonly marked: Record<string, Record<string, { fill: string | null; comment: string | null; value: unknown }>>;
  readonly links: [string, string][];
  readonly validations: Record<string, string[]>;
  readonly merged: Record<string, string[]>;
}

export function inspect(dir: string, name: string, bytes: Uint8Array): Inspection {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return inspectFile(file);
}

export function inspectFile(file: string): Inspection {
  const script = new URL('inspect-annotated.py', import.meta.url).pathname;
  return JSON.parse(execFileSync(PYTHON, [script, file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Inspection;
}
