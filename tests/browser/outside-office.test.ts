/**
 * The task pane opened where it cannot work: in a plain browser tab (the real Office.js, served by
 * the Worker, finds no Office), and where Office.js cannot be fetched (an intranet that blocks it).
 * Either way the page says why, and points to the web upload page and the sideloading steps.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { officeJsUrl } from '../../addin/build/office-js.ts';
import { screenshot, startBrowserSystem, type BrowserSystem } from './harness.ts';

let sys: BrowserSystem;
beforeAll(async () => {
  sys = await startBrowserSystem();
}, 180_000);
afterAll(async () => sys?.stop(), 30_000);

test('in a plain browser tab the real Office.js loads from this origin and the page says to open it from Excel', async () => {
  const context = await sys.newContext({ width: 1280, height: 800 });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${sys.system.origin}/addin/taskpane`);
  await page.locator('main.outside[data-reason="not-excel"]').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('本页面需要在 Excel 中打开');
  expect(await page.getByRole('link', { name: '打开网页上传报送' }).getAttribute('href')).toBe('/dashboard/#/upload');
  await expect(page.getByRole('heading', { name: '安装本加载项' }).count()).resolves.toBe(1);
  expect(requested).toContain(`${sys.system.origin}${officeJsUrl('self')}`);
  expect(requested.filter((url) => !url.startsWith(sys.system.origin))).toEqual([]);
  await screenshot(page, 'taskpane-outside-office');
  await context.close();
}, 60_000);

test('when Office.js cannot be fetched the page says so, in Chinese, with what to do', async () => {
  const context = await sys.newContext();
  const page = await context.newPage();
  await page.route(`${sys.system.origin}${officeJsUrl('self')}`, (route) => route.abort('blockedbyclient'));
  await page.goto(`${sys.system.origin}/addin/taskpane`);
  await page.locator('main.outside[data-reason="no-office-js"]').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Office.js 未能加载');
  await context.close();
}, 60_000);
