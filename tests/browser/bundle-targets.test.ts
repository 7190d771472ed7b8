/**
 * The built pages parse in the oldest webview a clerk's Excel may use: Office 2016/2019 without
 * WebView2 run the task pane in EdgeHTML 18, which knows ES2017 and module scripts, but not
 * import.meta, module workers, `?.` or `??`. Every script of dist/site (Office.js's own files
 * aside) must parse at that level: pages as modules, workers as classic scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/paths.ts';

const STATIC = join(REPO_ROOT, 'dist/site/static');
const scripts = readdirSync(STATIC).filter((f) => f.endsWith('.js'));

/** The pane's scripts: what taskpane.html loads, what those import, and the workers they start. */
function paneScripts(): string[] {
  const html = readFileSync(join(REPO_ROOT, 'dist/site/addin/taskpane.html'), 'utf8');
  const found = new Set([...html.matchAll(/\/static\/([\w-]+\.js)/g)].map((m) => m[1] ?? ''));
  for (const file of found)
    for (const m of readFileSync(join(STATIC, file), 'utf8').matchAll(/([\w-]+\.js)/g))
      if (m[1] && scripts.includes(m[1])) found.add(m[1]);
  return [...found];
}

/**
 * Built-ins newer than EdgeHTML 18 and the Chromium 69–90 of WPS's webviews (MDN's compatibility
 * tables), each replaced in our code: randomKey (web/random-key.ts) for crypto.randomUUID, an
 * index for .at, a /g regular expression for replaceAll.
 */
const TOO_NEW = [
  /\bcrypto\.randomUUID\b/,
  /\.at\(-?\d/,
  /\bObject\.hasOwn\(/,
  /\bstructuredClone\(/,
  /\.findLast(?:Index)?\(/,
  /\.replaceAll\(/,
  /\.to(?:Sorted|Reversed|Spliced)\(/,
  /\bObject\.groupBy\(/,
];

function parseError(file: string): string | null {
  const source = readFileSync(join(STATIC, file), 'utf8');
  try {
    parse(source, { ecmaVersion: 2017, sourceType: file.includes('worker') ? 'script' : 'module' });
    return null;
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    return `${(error as Error).message}: …${source.slice(Math.max(0, at - 40), at + 40)}…`;
  }
}

describe('the built scripts (npm run build first; npm test does)', () => {
  it('include the pane, the dashboard and both workers', () => {
    for (const name of ['taskpane-', 'dashboard-', 'validate-worker-', 'check-worker-'])
      expect(
        scripts.some((f) => f.startsWith(name)),
        name,
      ).toBe(true);
  });

  it.each(scripts)('%s parses as ES2017', (file) => {
    expect(parseError(file)).toBeNull();
  });

  it("the pane's scripts call no built-in its old webviews lack", () => {
    const pane = paneScripts();
    expect(pane.some((f) => f.startsWith('taskpane-'))).toBe(true);
    expect(pane.some((f) => f.startsWith('validate-worker-'))).toBe(true);
    for (const file of pane) {
      const source = readFileSync(join(STATIC, file), 'utf8');
      for (const pattern of TOO_NEW) expect(source.match(pattern)?.[0], `${file}: ${pattern}`).toBeUndefined();
    }
    expect('x.at(-1); crypto.randomUUID()'.match(TOO_NEW[1] ?? /$^/)?.[0]).toBe('.at(-1');
  });

  it('the Trident message script (public/addin/legacy-webview.js, copied as is) parses as ES5', () => {
    const source = readFileSync(join(REPO_ROOT, 'dist/site/addin/legacy-webview.js'), 'utf8');
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(() => parse('let a = 1', { ecmaVersion: 5 })).toThrow();
    const html = readFileSync(join(REPO_ROOT, 'dist/site/addin/taskpane.html'), 'utf8');
    // A classic script (no type, defer or async): it runs while the page parses, where the
    // module script, deferred by nature, would run only after it, and in Trident never.
    expect(html).toContain('<script src="/addin/legacy-webview.js"></script>');
  });

  it('can fail: a script with `?.` is refused at that level', () => {
    expect(() => parse('a?.b', { ecmaVersion: 2017 })).toThrow();
  });
});
