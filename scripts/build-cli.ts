/**
 * `npm run build` bundles the CLI into dist/cli/validate.js, so `npm run validate` is node on
 * one file: no tsx to start and no TypeScript to transform on every run (~0.4 s each, measured
 * in bench/cli-startup.ts). --annotate's code is a chunk of its own, loaded only when asked for;
 * cli/launch.ts turns on Node's compile cache before the rest loads.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { REPO_ROOT } from './paths.ts';

export const CLI_DIR = join(REPO_ROOT, 'dist', 'cli');
export const CLI_BUNDLE = join(CLI_DIR, 'validate.js');

export async function buildCli(): Promise<void> {
  // Chunk names carry hashes: what an earlier build left would pile up.
  rmSync(CLI_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { validate: join(REPO_ROOT, 'cli', 'launch.ts') },
    outdir: CLI_DIR,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // The Node the repository pins (package.json engines); dependencies go in the bundle too.
    packages: 'bundle',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
