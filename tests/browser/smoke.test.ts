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
  const source = /<SourceLocation DefaultValue="https:\/\/localhost:8787([^"]+)"/.exec(readFileSync(join(REPO_ROOT, 'manifest.xml'), 'utf8'))?.[1];
  const pane = await page.request.get(`${sys.system.origin}${source}`, { maxRedirects: 0 });
  expect(pane.status()).toBe(200);
  expect(await pane.text()).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
  const icon = await page.request.get(`${sys.system.origin}/addin/assets/icon-32.png`);
  expect(icon.headers()['content-type']).toBe('image/png');
  const health = await page.request.get(`${sys.system.origin}/api/health`);
  expect(await health.json()).toMatchObject({ ok: true });
  await context.close();
}, 60_000);
