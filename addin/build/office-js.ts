/**
 * Where the task pane gets Office.js. By default from this origin: clerks on a 政务内网 cannot
 * reach Microsoft's CDN, and a pane whose Office.js never loads is blank. Microsoft's guidance for
 * closed networks is to serve the library's files with the add-in; they come from the
 * `@microsoft/office-js` package at build time, keeping their names and folders, because Office.js
 * loads its host script (excel-win32-16.01.js, excel-web-16.00.js …) and its strings
 * ({locale}/office_strings.js) relative to itself. `QINGFENG_OFFICE_JS=cdn` builds a pane that
 * loads it from the CDN instead (AppSource requires that).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

export type OfficeJsSource = 'self' | 'cdn';

/** Under dist/site, so /addin/office-js/office.js. */
export const OFFICE_JS_DIR = 'addin/office-js';
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function officeJsSource(setting: string | undefined): OfficeJsSource {
  if (setting === undefined || setting === '' || setting === 'self') return 'self';
  if (setting === 'cdn') return 'cdn';
  throw new Error(`QINGFENG_OFFICE_JS must be "self" or "cdn", not "${setting}"`);
}

export function officeJsUrl(source: OfficeJsSource): string {
  return source === 'cdn' ? OFFICE_JS_CDN : `/${OFFICE_JS_DIR}/office.js`;
}

/**
 * The files an Excel pane can ask for: the loader and what it loads besides (the Promise
 * polyfill for old webviews, the host-to-file table), every Excel host script, the strings of
 * every locale, and the telemetry scripts it loads. Debug builds and other Office apps' files
 * (Word, Outlook, …) are left out.
 */
export function isExcelPaneFile(path: string): boolean {
  if (path.endsWith('.debug.js') || path.endsWith('.d.ts') || path.endsWith('-vsdoc.js')) return false;
  const [first = '', ...rest] = path.split('/');
  if (rest.length === 0) return /^(office|es6-promise|o15apptofilemappingtable|excel[-a-z0-9.]*)\.js$/.test(first);
  if (first === 'telemetry' || first === 'ariatelemetry') return path.endsWith('.js');
  return rest.length === 1 && rest[0] === 'office_strings.js';
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The package's dist folder, resolved as Node resolves the package. */
function officeJsDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')), 'dist');
}

/** The Vite plugin: the pane's Office.js script tag, and with `self` the files it loads. */
export function officeJs(source: OfficeJsSource): Plugin {
  return {
    name: 'qingfeng-office-js',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.filename.endsWith(`${sep}taskpane.html`)) return html;
        // A classic script in <head>: Office requires Office.js to load before the pane's own code.
        return html.replace('<!-- office.js -->', `<script src="${officeJsUrl(source)}"></script>`);
      },
    },
    generateBundle() {
      if (source !== 'self') return;
      const dist = officeJsDist();
      for (const path of filesUnder(dist)) {
        const name = relative(dist, path).split(sep).join('/');
        if (isExcelPaneFile(name))
          this.emitFile({ type: 'asset', fileName: `${OFFICE_JS_DIR}/${name}`, source: readFileSync(path) });
      }
    },
  };
}
