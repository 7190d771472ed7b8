/**
 * The pane's polyfill script (addin/src/legacy/polyfills.ts) as one classic script, and its tag in
 * taskpane.html ahead of everything else the pane runs. Not part of the module graph: the chunks
 * shared with the dashboard (zod, Preact) use the missing built-ins as they load, before any module
 * of the pane's own could install them. ES5 output, so Trident, which runs it before the
 * legacy-webview message, parses it.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { POLYFILLS_URL } from '../src/legacy/polyfills-url.ts';

const POLYFILLS_ENTRY = fileURLToPath(new URL('../src/legacy/polyfills.ts', import.meta.url));

async function bundlePolyfills(): Promise<string> {
  const result = await build({
    entryPoints: [POLYFILLS_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es5',
    minify: true,
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${POLYFILLS_ENTRY}`);
  return output.text;
}

export function legacyPolyfills(): Plugin {
  return {
    name: 'qingfeng-legacy-polyfills',
    apply: 'build',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: POLYFILLS_URL.slice(1), source: await bundlePolyfills() });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith(`${sep}taskpane.html`)) return html;
        return html.replace('<!-- legacy polyfills -->', `<script src="${POLYFILLS_URL}"></script>`);
      },
    },
  };
}
