import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/paths.ts';
import { startBrowserSystem, type BrowserSystem } from './harness.ts';

let sys: BrowserSystem;
beforeAll(async () => {
  sys = await startBrowserSystem();
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

test('one origin serves the dashboard, the task pane files and the API', async () => {
  const context = await sys.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${sys.system.origin}/`);
  expect(page.url()).toBe(`${sys.system.origin}/dashboard/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1').textContent()).resolves.toContain('清风台账');
  // The manifest's SourceLocation must answer as it is, not by a redirect Office may not follow.
  const source = /<SourceLocation DefaultValue="https:\/\/localhost:8787([^"]+)"/.exec(
    readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8'),
  )?.[1];
  const pane = await page.request.get(`${sys.system.origin}${source}`, { maxRedirects: 0 });
  expect(pane.status()).toBe(200);
  // Office.js comes from this origin, with the host scripts and strings it loads relative to itself.
  expect(await pane.text()).toContain('<script src="/addin/office-js/office.js"></script>');
  expect(await pane.text()).not.toContain('appsforoffice.microsoft.com');
  for (const file of [
    'office.js',
    'excel-win32-16.01.js',
    'excel-web-16.00.js',
    'excel-mac-16.00.js',
    'zh-cn/office_strings.js',
    'en-us/office_strings.js',
  ]) {
    const script = await page.request.get(`${sys.system.origin}/addin/office-js/${file}`);
    expect(script.status(), file).toBe(200);
    expect(script.headers()['content-type'], file).toContain('javascript');
  }
  expect((await page.request.get(`${sys.system.origin}/addin/office-js/office.debug.js`)).status()).toBe(404);
  const icon = await page.request.get(`${sys.system.origin}/addin/assets/icon-32.png`);
  expect(icon.headers()['content-type']).toBe('image/png');
  const health = await page.request.get(`${sys.system.origin}/api/health`);
  expect(await health.json()).toMatchObject({ ok: true });
  await context.close();
}, 60_000);
