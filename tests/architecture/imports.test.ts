import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

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
});
