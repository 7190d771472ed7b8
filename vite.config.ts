import { defineConfig, type Plugin, type UserConfig } from 'vite';
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
 * What both pages' builds share. Each page is a build of its own, so each bundle is tree-shaken for
 * its page alone: built together, a module both pages import went whole into one shared chunk,
 * with the exports only the dashboard uses (the pane loaded 1.6 KB gzipped of the dashboard's).
 */
export function pageBuild(input: Record<string, string>, emptyOutDir: boolean): UserConfig {
  return {
    root: '.',
    build: {
      outDir: 'dist/site',
      emptyOutDir,
      // Office 2016/2019 without WebView2 run the pane in EdgeHTML 18: ES2017 with module scripts
      // (tests/browser/bundle-targets.test.ts parses the output at that level).
      target: ['es2017', 'edge18'],
      // The code is no secret; maps make a clerk's error report from Excel on the web readable.
      sourcemap: true,
      // Hashed bundles under /static/, apart from the add-in's icons under /addin/assets/.
      assetsDir: 'static',
      // No polyfill for <link rel="modulepreload"> (0.35 KB gzipped): where it is missing (EdgeHTML 18)
      // an entry's import fetches its chunk all the same, only not ahead of the entry.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input,
        // Rollup names a shared chunk after one of its modules, so it could be called
        // "one-shot-worker-…" and pass for a classic worker script; shared chunks get one name.
        output: { chunkFileNames: 'static/shared-[hash].js' },
      },
    },
    // Classic worker scripts: EdgeHTML 18 has no module workers.
    worker: { format: 'iife' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  };
}

/**
 * The browser side of the one origin: the task pane here, a page per host (/addin/taskpane.html for
 * Excel, /addin/taskpane-wps.html for WPS 表格, each loading only its host's adapter), the
 * dashboard (/dashboard/) by vite.dashboard.config.ts into the same folder after it. The Worker
 * serves dist/site as static assets; /api/* reaches it first.
 */
export default defineConfig({
  ...pageBuild({ taskpane: 'addin/taskpane.html', 'taskpane-wps': 'addin/taskpane-wps.html' }, true),
  publicDir: 'public',
  plugins: [assetHeaders(), officeJs(officeJsFrom), legacyPolyfills()],
});
