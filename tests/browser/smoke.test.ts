import { afterAll, beforeAll, expect, test } from 'vitest';
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
  const icon = await page.request.get(`${sys.system.origin}/addin/assets/icon-32.png`);
  expect(icon.headers()['content-type']).toBe('image/png');
  const health = await page.request.get(`${sys.system.origin}/api/health`);
  expect(await health.json()).toMatchObject({ ok: true });
  await context.close();
}, 60_000);
