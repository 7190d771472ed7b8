/**
 * The pane's polyfill script (addin/src/legacy/polyfills.ts) as one classic script, and the script
 * that loads it where a built-in is missing (legacy-check.ts), whose tag goes in taskpane.html
 * ahead of everything else the pane runs. Not part of the module graph: the bundles (zod, Preact)
 * use the missing built-ins as they load, before any module of the pane's own could install them.
 * ES5 output, so Trident, which runs both before the legacy-webview message, parses them.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { LEGACY_CHECK_URL, POLYFILLS_URL } from '../src/legacy/polyfills-url.ts';

/** The pane's pages, one per host. */
const PAGES = ['taskpane.html', 'taskpane-wps.html'];

/** Each classic script, by where it is served, from its entry. */
const SCRIPTS = [
  [POLYFILLS_URL, fileURLToPath(new URL('../src/legacy/polyfills.ts', import.meta.url))],
  [LEGACY_CHECK_URL, fileURLToPath(new URL('../src/legacy/legacy-check.ts', import.meta.url))],
] as const;

async function bundleEs5(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es5',
    minify: true,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

export function legacyPolyfills(): Plugin {
  return {
    name: 'qingfeng-legacy-polyfills',
    apply: 'build',
    async generateBundle() {
      for (const [url, entry] of SCRIPTS)
        this.emitFile({ type: 'asset', fileName: url.slice(1), source: await bundleEs5(entry) });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!PAGES.some((page) => ctx.filename.endsWith(`${sep}${page}`))) return html;
        return html.replace('<!-- legacy polyfills -->', `<script src="${LEGACY_CHECK_URL}"></script>`);
      },
    },
  };
}
