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
 * What every page's build shares. Each page is a build of its own, so its bundle is tree-shaken
 * for that page alone and is one file: built together, a module two pages import went whole into
 * one shared chunk, with the exports only the other page uses (the pane loaded 1.6 KB gzipped of
 * the dashboard's), and a chunk split costs the pane its import and export lists (0.7 KB).
 */
function pageBuild(input: Record<string, string>, emptyOutDir: boolean): UserConfig {
  return {
    root: '.',
    // public/ (the WPS 加载项's folder, the Trident message, the icons) is copied by the first build.
    publicDir: emptyOutDir ? 'public' : false,
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
 * The browser side of the one origin, one build per page into dist/site (scripts/build-site.ts
 * runs them in this order): the task pane's page for Excel (/addin/taskpane.html), its page for
 * WPS 表格 (/addin/taskpane-wps.html; each loads only its host's adapter), and the dashboard
 * (/dashboard/). The Worker serves dist/site as static assets; /api/* reaches it first.
 */
export const SITE_PAGES: readonly UserConfig[] = [
  {
    ...pageBuild({ taskpane: 'addin/taskpane.html' }, true),
    plugins: [assetHeaders(), officeJs(officeJsFrom), legacyPolyfills()],
  },
  { ...pageBuild({ 'taskpane-wps': 'addin/taskpane-wps.html' }, false), plugins: [legacyPolyfills()] },
  pageBuild({ dashboard: 'dashboard/index.html' }, false),
];

/** `vite build` alone: Excel's page of the pane; `npm run build` builds every page. */
export default defineConfig(SITE_PAGES[0] ?? {});
