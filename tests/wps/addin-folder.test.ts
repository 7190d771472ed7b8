/**
 * The WPS 表格 加载项 folder (public/wps/, served by the Worker at /wps/): ribbon.xml's callbacks
 * exist in ribbon.js, and its button opens the task pane once, on the fake ET host, at the pane's
 * own URL on the same origin, then only hides and shows it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/paths.ts';
import { EtHost } from '../fakes/et-host.ts';

const folder = join(REPO_ROOT, 'public/wps');
const read = (file: string): string => readFileSync(join(folder, file), 'utf8');

/** ribbon.js as WPS runs it: a page at /wps/ whose window is the global, with ET on it. */
function loadRibbon(host: EtHost): Record<string, unknown> {
  const window: Record<string, unknown> = { Application: host.application };
  runInNewContext(
    read('ribbon.js'),
    Object.assign(window, { window, URL, location: { href: 'https://ledger.test/wps/index.html' } }),
  );
  return window;
}

const call = (window: Record<string, unknown>, name: string, ...args: unknown[]): unknown => {
  const f = window[name];
  if (typeof f !== 'function') throw new Error(`ribbon.js defines no ${name}`);
  return f(...args);
};

describe('the WPS 加载项 folder', () => {
  it('defines every callback ribbon.xml names, and index.html loads them', () => {
    const callbacks = [...read('ribbon.xml').matchAll(/\b(?:onLoad|onAction|getImage)="(\w+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(callbacks).toEqual(['OnAddinLoad', 'OnAction', 'GetImage']);
    const window = loadRibbon(new EtHost());
    for (const name of callbacks) expect(typeof window[name], name).toBe('function');
    expect(read('index.html')).toContain('src="./ribbon.js"');
    expect(read('ribbon.xml')).toContain('<tab idMso="TabHome">');
    expect(read('manifest.xml')).toContain('<JsPlugin>');
  });

  it("opens WPS's page of the task pane, /addin/taskpane-wps.html of the same origin, then toggles it", () => {
    const host = new EtHost().addSheet('Sheet1');
    const window = loadRibbon(host);
    expect(call(window, 'OnAddinLoad', { name: 'ribbon' })).toBe(true);
    call(window, 'OnAction', { Id: 'qingfengOpenPane' });
    expect(host.taskPanes.map((p) => [p.url, p.pane.Visible])).toEqual([
      ['https://ledger.test/addin/taskpane-wps.html', true],
    ]);
    call(window, 'OnAction', { Id: 'qingfengOpenPane' });
    expect(host.taskPanes.map((p) => p.pane.Visible)).toEqual([false]);
    call(window, 'OnAction', { Id: 'someoneElses' });
    expect(host.taskPanes).toHaveLength(1);
    expect(call(window, 'GetImage')).toBe('https://ledger.test/addin/assets/icon-32.png');
  });
});
