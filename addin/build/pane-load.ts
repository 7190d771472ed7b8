/**
 * What the built task pane loads to open, as a browser would receive it gzipped (level 9): the
 * scripts and module preloads of a host's page and the validation worker they start. Office.js
 * is Microsoft's, wherever it is served from; a `nomodule` script is never fetched by a webview that
 * runs the pane's modules. The budget test (tests/browser/bundle-size.test.ts) and `npm run bench`
 * (bench/pane-size.ts) both count through this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OFFICE_JS_DIR } from './office-js.ts';

export interface LoadedScript {
  /** Its path on the site, e.g. /static/shared-….js. */
  readonly file: string;
  readonly gzipped: number;
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b([^>]*)>/g)].flatMap(([, attributes = '']) => {
    const url = /\b(?:src|href)="(\/(?:static|addin)\/[^"]+\.js)"/.exec(attributes)?.[1];
    if (!url || url.startsWith(`/${OFFICE_JS_DIR}/`) || /\bnomodule\b/.test(attributes)) return [];
    return [url];
  });
}

function workersOf(js: string): string[] {
  return [...js.matchAll(/["'`/](validate-worker-[\w-]+\.js)/g)].flatMap((m) => (m[1] ? [`/static/${m[1]}`] : []));
}

/** The pane's page of each host, under dist/site/addin/. */
export const PANE_PAGES = { excel: 'taskpane.html', wps: 'taskpane-wps.html' } as const;

/** Each script `page` of the pane at `site` (a built dist/site) loads to open, with its gzipped size. */
export function paneLoad(site: string, page: string): LoadedScript[] {
  const html = readFileSync(join(site, 'addin', page), 'utf8');
  const scripts = scriptsOf(html);
  const files = new Set(scripts);
  for (const script of scripts)
    for (const worker of workersOf(readFileSync(join(site, script), 'utf8'))) files.add(worker);
  return [...files].map((file) => ({ file, gzipped: gzipSync(readFileSync(join(site, file)), { level: 9 }).length }));
}
