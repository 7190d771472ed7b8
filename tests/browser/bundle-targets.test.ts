/**
 * The built pages parse in the oldest webview a clerk's Excel may use: Office 2016/2019 without
 * WebView2 run the task pane in EdgeHTML 18, which knows ES2017 and module scripts, but not
 * import.meta, module workers, `?.` or `??`. Every script of dist/site (Office.js's own files
 * aside) must parse at that level: pages as modules, workers as classic scripts. Built-ins newer
 * than that come from the polyfill script (addin/src/legacy/polyfills.ts), checked here in a VM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { PANE_PAGES } from '../../addin/build/pane-load.ts';
import { LEGACY_CHECK_URL, POLYFILLS_URL } from '../../addin/src/legacy/polyfills-url.ts';
import { REPO_ROOT } from '../../scripts/paths.ts';
import { builtInAt, NEWER_BUILT_INS, removeBuiltIns } from './newer-built-ins.ts';

const STATIC = join(REPO_ROOT, 'dist/site/static');
const scripts = readdirSync(STATIC).filter((f) => f.endsWith('.js'));

/** The pane's scripts: what its pages (one per host) load, what those import, and the workers they start. */
function paneScripts(): string[] {
  const html = Object.values(PANE_PAGES)
    .map((page) => readFileSync(join(REPO_ROOT, 'dist/site/addin', page), 'utf8'))
    .join('\n');
  const found = new Set([...html.matchAll(/\/static\/([\w-]+\.js)/g)].map((m) => m[1] ?? ''));
  for (const file of found)
    for (const m of readFileSync(join(STATIC, file), 'utf8').matchAll(/([\w-]+\.js)/g))
      if (m[1] && scripts.includes(m[1])) found.add(m[1]);
  return [...found];
}

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

  it("the pane's scripts use a built-in newer than its old webviews only where the polyfill script supplies it", () => {
    const pane = paneScripts();
    expect(pane.some((f) => f.startsWith('taskpane-'))).toBe(true);
    expect(pane.some((f) => f.startsWith('validate-worker-'))).toBe(true);
    const used = new Set<string>();
    for (const file of pane) {
      const source = readFileSync(join(STATIC, file), 'utf8');
      for (const b of NEWER_BUILT_INS) if (b.unreached === undefined && b.use.test(source)) used.add(b.path);
    }
    // Both ways: nothing used goes unsupplied, nothing supplied goes unused (the script stays small).
    expect([...used].sort()).toEqual(supplied().sort());
    expect(NEWER_BUILT_INS.find((b) => b.path === 'Array.prototype.at')?.use.test('x.at(-1)')).toBe(true);
  });

  it("no bigint schema in the pane: the polyfill script's BigInt is a placeholder that only lets zod load", () => {
    const bigintSchema = /\bz\s*\.\s*(?:coerce\s*\.\s*)?(?:bigint|int64|uint64)\s*\(/;
    expect(bigintSchema.test('z.coerce.bigint()') && bigintSchema.test('z.int64()')).toBe(true);
    for (const file of paneScripts()) {
      const map = JSON.parse(readFileSync(join(STATIC, `${file}.map`), 'utf8')) as {
        sources: string[];
        sourcesContent: (string | null)[];
      };
      const own = map.sources.flatMap((source, i) => (source.includes('node_modules') ? [] : [i]));
      expect(own.length, file).toBeGreaterThan(0);
      for (const i of own) expect(bigintSchema.test(map.sourcesContent[i] ?? ''), map.sources[i]).toBe(false);
    }
  });

  it('the Trident message script (public/addin/legacy-webview.js, copied as is) parses as ES5', () => {
    const source = readFileSync(join(REPO_ROOT, 'dist/site/addin/legacy-webview.js'), 'utf8');
    expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    expect(() => parse('let a = 1', { ecmaVersion: 5 })).toThrow();
    const html = readFileSync(join(REPO_ROOT, 'dist/site/addin/taskpane.html'), 'utf8');
    // A classic script (no type, defer or async): it runs while the page parses, where the
    // module script, deferred by nature, would run only after it, and in Trident never. Trident
    // knows no `nomodule` and runs it; a webview that runs modules does not fetch it.
    expect(html).toContain('<script nomodule src="/addin/legacy-webview.js"></script>');
  });

  it('can fail: a script with `?.` is refused at that level', () => {
    expect(() => parse('a?.b', { ecmaVersion: 2017 })).toThrow();
  });
});

/** The polyfill script run in a fresh V8 context: a global object of its own, as a page's or a worker's. */
function runPolyfills(globals: Record<string, unknown>, remove: readonly string[]) {
  const context = createContext(globals);
  runInContext('this.self = this', context);
  const scope = runInContext('this', context) as object;
  const removed = removeBuiltIns(scope, remove);
  runInContext(POLYFILLS, context);
  return { context, scope, removed };
}

/** What the polyfill script defines in a context without the newer built-ins (those it can delete). */
function supplied(): string[] {
  const { scope, removed } = runPolyfills({}, PATHS);
  const absent = new Set([
    ...removed,
    ...PATHS.filter((path) => builtInAt(runInContext('this', createContext({})), path) === undefined),
  ]);
  return PATHS.filter((path) => absent.has(path) && builtInAt(scope, path) !== undefined);
}

const POLYFILLS = readFileSync(join(REPO_ROOT, 'dist/site', POLYFILLS_URL), 'utf8');
const PATHS = NEWER_BUILT_INS.map((b) => b.path);

describe(`the polyfill script (${POLYFILLS_URL})`, () => {
  it('parses as ES5 (Trident runs it before the legacy-webview message)', () => {
    expect(() => parse(POLYFILLS, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
  });

  it('supplies working built-ins where they are missing', async () => {
    const { context, removed } = runPolyfills({}, PATHS);
    expect(removed).toEqual(expect.arrayContaining(['Array.prototype.flatMap', 'Object.fromEntries', 'globalThis']));
    const run = (code: string): unknown => runInContext(code, context);
    expect(run('JSON.stringify([[1], [2, 3]].flatMap(function (x) { return x; }))')).toBe('[1,2,3]');
    expect(run('JSON.stringify(Object.fromEntries(new Map([["a", 1]])))')).toBe('{"a":1}');
    expect(run('globalThis === this')).toBe(true);
    expect(run('new TextDecoder().decode(new TextEncoder().encode("清风台账 𠮷"))')).toBe('清风台账 𠮷');
    // shared/xlsx decodes fatally: damaged UTF-8 must throw, never turn into U+FFFD.
    expect(() => run('new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xe6, 0xb8]))')).toThrow();
    expect(run('new TextDecoder("utf-8", { fatal: false }).decode(new Uint8Array([0xff]))')).toBe('\ufffd');
    run('this.order = []; queueMicrotask(function () { order.push("microtask"); }); order.push("sync")');
    await Promise.resolve();
    expect(run('order.join()')).toBe('sync,microtask');
    // BigInt: zod's load-time ranges build; any real use throws instead of computing a wrong value.
    expect(run('typeof BigInt("9223372036854775807")')).toBe('object');
    expect(() => run('BigInt(0) < 1')).toThrow('BigInt');
  });

  it('leaves every built-in that is there alone', () => {
    const natives = { queueMicrotask, TextEncoder, TextDecoder };
    const context = createContext({ ...natives });
    const scope = runInContext('this.self = this', context) as object;
    const before = supplied().map((path) => [path, builtInAt(scope, path)] as const);
    expect(before.every(([, value]) => value !== undefined)).toBe(true);
    runInContext(POLYFILLS, context);
    for (const [path, value] of before) expect(builtInAt(scope, path), path).toBe(value);
    expect(builtInAt(scope, 'TextDecoder')).toBe(TextDecoder);
  });
});

const CHECK = readFileSync(join(REPO_ROOT, 'dist/site', LEGACY_CHECK_URL), 'utf8');

/** What the check script writes into a page whose global object lacks `remove`. */
function checkWrites(remove: readonly string[]): string[] {
  const written: string[] = [];
  const context = createContext({
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    document: { write: (html: string) => written.push(html) },
  });
  removeBuiltIns(runInContext('this.self = this', context) as object, remove);
  runInContext(CHECK, context);
  return written;
}

describe(`the check script (${LEGACY_CHECK_URL})`, () => {
  it.each(Object.values(PANE_PAGES))('parses as ES5 and comes before every other script of %s', (page) => {
    expect(() => parse(CHECK, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    const html = readFileSync(join(REPO_ROOT, 'dist/site/addin', page), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(LEGACY_CHECK_URL);
    expect(html).toContain(`<script src="${LEGACY_CHECK_URL}"></script>`);
  });

  it('loads the polyfill script where any one built-in it supplies is missing, and nothing where none is', () => {
    expect(checkWrites([])).toEqual([]);
    const each = supplied();
    expect(each).toEqual(expect.arrayContaining(['globalThis', 'Array.prototype.flatMap', 'TextDecoder']));
    for (const path of each) expect(checkWrites([path]), path).toEqual([`<script src="${POLYFILLS_URL}"></script>`]);
  });
});
