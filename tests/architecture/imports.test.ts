import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Source text without comments, so a comment naming Office.js is not a use of it. */
const code = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

describe('architecture', () => {
  it('shared/ imports only shared/, zod and portable libraries: no Node APIs, no add-in, no worker', () => {
    const allowedPackages = new Set(['zod', 'fflate']);
    for (const file of sourceFiles('shared')) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = join(file, '..', spec);
          expect(target.startsWith('shared/'), `${file} imports ${spec}`).toBe(true);
        } else {
          expect(allowedPackages.has(spec), `${file} imports ${spec}`).toBe(true);
        }
      }
    }
  });

  it('shared/ source uses no Node globals', () => {
    for (const file of sourceFiles('shared')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(?:Buffer|process|require|__dirname)\b[.(]/);
    }
  });

  it("Office.js is named only in the add-in's adapter (addin/src/excel/)", () => {
    const outside = ['addin', 'dashboard', 'web', 'shared', 'worker/src']
      .flatMap(sourceFiles)
      .filter((f) => !f.startsWith(join('addin', 'src', 'excel')));
    expect(outside.length).toBeGreaterThan(20);
    for (const file of outside)
      expect(code(file), file).not.toMatch(/\b(?:Excel|Office|OfficeExtension)\.(?!js\b)[A-Za-z]/);
  });

  it("WPS's ET object model is reached only from the add-in's WPS adapter (addin/src/wps/) and the pane's start", () => {
    const wps = join('addin', 'src', 'wps');
    const start = join('addin', 'src', 'taskpane', 'pane-host.ts');
    const users = ['addin', 'dashboard', 'web', 'shared', 'worker/src']
      .flatMap(sourceFiles)
      .filter((file) => importsOf(file).some((spec) => join(file, '..', spec).startsWith(`${wps}/`)));
    expect(users.filter((file) => !file.startsWith(`${wps}/`))).toEqual([start]);
  });

  it('the pages import shared/ and web/, never the Worker, and not each other', () => {
    for (const [dir, forbidden] of [
      ['addin', ['worker', 'dashboard']],
      ['dashboard', ['worker', 'addin']],
      ['web', ['worker', 'addin', 'dashboard']],
    ] as const) {
      for (const file of sourceFiles(dir)) {
        for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
          const target = join(file, '..', spec);
          for (const other of forbidden) expect(target.startsWith(`${other}/`), `${file} imports ${spec}`).toBe(false);
        }
      }
    }
  });
});
