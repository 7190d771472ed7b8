/** Other programs' view of our .xlsx output: openpyxl (Python) and LibreOffice, run as children. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const PYTHON = '/usr/bin/python3';
const HERE = new URL('.', import.meta.url);

export function hasOpenpyxl(): boolean {
  return spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

export const workDir = (): string => mkdtempSync(join(tmpdir(), 'xlsx-writer-'));

export async function saveStream(stream: ReadableStream<Uint8Array>, path: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  writeFileSync(path, bytes);
  return bytes;
}

/** Runs one of the Python scripts beside this file and parses the JSON it prints. */
export function python<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(PYTHON, [new URL(script, HERE).pathname, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

/**
 * `libreoffice --headless --convert-to`, with a profile of its own so it never collides
 * with another LibreOffice running on the machine. Returns the converted file's path.
 */
export function convert(file: string, filter: string, extension: string, outDir: string): string {
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'lo-profile-'))).href;
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, file],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  return join(outDir, file.replace(/^.*\//, '').replace(/\.[^.]+$/, `.${extension}`));
}

/** CSV as LibreOffice writes it (UTF-8, comma, double quotes), parsed. */
export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** UTF-8 CSV of the first sheet: LibreOffice's filter options are separator, quote, charset (76 = UTF-8). */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1';
