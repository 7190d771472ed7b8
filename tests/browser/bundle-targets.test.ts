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

  it('can fail: a script with `?.` is refused at that level', () => {
    expect(() => parse('a?.b', { ecmaVersion: 2017 })).toThrow();
  });
});
