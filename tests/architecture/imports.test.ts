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

/** Every TypeScript file under `dir`, tests included. */
function sourceFilesWithTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['fixtures', 'node_modules'].includes(entry.name) ? [] : sourceFilesWithTests(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
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

/** The repository path an import names — a relative path or one of package.json's `#shared/*`, `#web/*` — or null for a package. */
function targetOf(file: string, spec: string): string | null {
  const path = spec.split('?')[0] ?? spec;
  if (path.startsWith('.')) return join(file, '..', path);
  const alias = /^#(shared|web)\/(.+)$/.exec(path);
  return alias ? join(alias[1] ?? '', alias[2] ?? '') : null;
}

/** The repository files a file imports. */
const localImportsOf = (file: string): string[] =>
  importsOf(file).flatMap((spec) => {
    const target = targetOf(file, spec);
    return target === null ? [] : [target];
  });

describe('architecture', () => {
  it('shared/ imports only shared/, zod and portable libraries: no Node APIs, no add-in, no worker', () => {
    const allowedPackages = new Set(['zod', 'zod/mini', 'fflate']);
    for (const file of sourceFiles('shared')) {
      for (const spec of importsOf(file)) {
        const target = targetOf(file, spec);
        if (target !== null) {
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

  it("WPS's ET object model is reached only from the add-in's WPS adapter (addin/src/wps/) and the hosts' starts", () => {
    const wps = join('addin', 'src', 'wps');
    // WPS's page starts on ET; Excel's only looks for it, to send a WPS that opened it to WPS's page.
    const starts = ['excel-start.ts', 'wps-start.ts'].map((file) => join('addin', 'src', 'taskpane', file));
    const users = ['addin', 'dashboard', 'web', 'shared', 'worker/src']
      .flatMap(sourceFiles)
      .filter((file) => localImportsOf(file).some((target) => target.startsWith(`${wps}/`)));
    expect(users.filter((file) => !file.startsWith(`${wps}/`)).sort()).toEqual(starts);
  });

  it('the pages import shared/ and web/, never the Worker, and not each other', () => {
    for (const [dir, forbidden] of [
      ['addin', ['worker', 'dashboard']],
      ['dashboard', ['worker', 'addin']],
      ['web', ['worker', 'addin', 'dashboard']],
    ] as const) {
      for (const file of sourceFiles(dir)) {
        for (const target of localImportsOf(file)) {
          for (const other of forbidden)
            expect(target.startsWith(`${other}/`), `${file} imports ${target}`).toBe(false);
        }
      }
    }
  });

  it('code outside shared/ and web/ reaches them as #shared/… and #web/…, not by ../ chains', () => {
    const outside = ['addin', 'dashboard', 'worker', 'cli', 'bench', 'scripts', 'tests'].flatMap(sourceFilesWithTests);
    expect(outside.length).toBeGreaterThan(200);
    for (const file of outside)
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = targetOf(file, spec) ?? '';
        expect(/^(shared|web)\//.test(target), `${file} imports ${spec}`).toBe(false);
      }
  });

  it('no module imports itself through others: a cycle means two files should be one or share a third', () => {
    const files = ['shared', 'addin', 'dashboard', 'web', 'worker/src', 'cli', 'scripts'].flatMap(sourceFiles);
    const known = new Set(files);
    const edges = new Map(files.map((f) => [f, localImportsOf(f).filter((t) => known.has(t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(files.length).toBeGreaterThan(200);
    expect(cycles).toEqual([]);
  });
});
