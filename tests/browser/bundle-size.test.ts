/**
 * The task pane's budget: at most 73 KB gzipped of our own JavaScript (Office.js is Microsoft's,
 * wherever it is served from). Counts what the built page loads: its polyfill and legacy-webview
 * scripts, its entry, the chunks it preloads, and the validation worker it starts (which loads the
 * same polyfill script, from the cache), as a browser would receive them gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OFFICE_JS_DIR } from '../../addin/build/office-js.ts';
import { POLYFILLS_URL } from '../../addin/src/legacy/polyfills-url.ts';
import { REPO_ROOT } from '../../scripts/paths.ts';

const SITE = join(REPO_ROOT, 'dist/site');
/**
 * 91.9 KB before zod/mini and the barrel without the row schemas; 75.8 KB after (docs/decisions.md).
 * 83.6 KB with what came next: refusals worded in both languages (3.9 KB), the receipt's month and
 * next deadline, and the streaming engine in the validation worker; 71.4 KB once the .xlsx reader
 * moved to the worker 写入当前工作簿 starts (summary-worker.ts, loaded only when a supervisor
 * presses it, so not counted here). Issue 15's goal is 60 KB.
 */
const BUDGET = 73 * 1024;

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/(?:static|addin)\/[^"]+\.js)"/g)].flatMap((m) =>
    m[1] && !m[1].startsWith(`/${OFFICE_JS_DIR}/`) ? [m[1]] : [],
  );
}

function workersOf(js: string): string[] {
  return [...js.matchAll(/["'`/](validate-worker-[\w-]+\.js)/g)].flatMap((m) => (m[1] ? [`/static/${m[1]}`] : []));
}

describe('the task pane bundle', () => {
  it('stays within 73 KB gzipped, worker included', () => {
    const html = readFileSync(join(SITE, 'addin/taskpane.html'), 'utf8');
    const scripts = scriptsOf(html);
    const files = new Set(scripts);
    for (const script of scripts)
      for (const worker of workersOf(readFileSync(join(SITE, script), 'utf8'))) files.add(worker);
    const sizes = [...files].map((file) => ({
      file,
      gzipped: gzipSync(readFileSync(join(SITE, file)), { level: 9 }).length,
    }));
    expect(sizes.some((s) => s.file.includes('validate-worker'))).toBe(true);
    expect(sizes.some((s) => s.file === POLYFILLS_URL)).toBe(true);
    const total = sizes.reduce((sum, s) => sum + s.gzipped, 0);
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(BUDGET);
  });
});
