import { defineConfig, type Plugin } from 'vite';
import { officeJs, officeJsSource } from './addin/build/office-js.ts';
import { legacyPolyfills } from './addin/build/polyfills.ts';
import { assetHeadersFile } from './worker/src/security/headers.ts';

const officeJsFrom = officeJsSource(process.env.QINGFENG_OFFICE_JS);

/**
 * Writes dist/site/_headers from the Worker's own header policy: Workers static assets apply it to
 * the pages they serve (CSP, nosniff, referrer policy), and never serve the file itself.
 */
function assetHeaders(): Plugin {
  return {
    name: 'qingfeng-asset-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: assetHeadersFile(officeJsFrom) });
    },
  };
}

/**
 * The browser side of the one origin: the Excel task pane (/addin/taskpane.html) and the
 * dashboard (/dashboard/). The Worker serves dist/site as static assets; /api/* reaches it first.
 */
export default defineConfig({
  root: '.',
  publicDir: 'public',
  build: {
    outDir: 'dist/site',
    emptyOutDir: true,
    // Office 2016/2019 without WebView2 run the pane in EdgeHTML 18: ES2017 with module scripts
    // (tests/browser/bundle-targets.test.ts parses the output at that level).
    target: ['es2017', 'edge18'],
    // The code is no secret; maps make a clerk's error report from Excel on the web readable.
    sourcemap: true,
    // Hashed bundles under /static/, apart from the add-in's icons under /addin/assets/.
    assetsDir: 'static',
    rollupOptions: {
      input: {
        taskpane: 'addin/taskpane.html',
        dashboard: 'dashboard/index.html',
      },
      // Rollup names a shared chunk after one of its modules, so it could be called
      // "one-shot-worker-…" and pass for a classic worker script; shared chunks get one name.
      output: { chunkFileNames: 'static/shared-[hash].js' },
    },
  },
  // Classic worker scripts: EdgeHTML 18 has no module workers.
  worker: { format: 'iife' },
  plugins: [assetHeaders(), officeJs(officeJsFrom), legacyPolyfills()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
