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

test('in Trident (IE11), which runs no module script, the ES5 script says why in Chinese and links to 上传报送; elsewhere it stays silent', async () => {
  const context = await sys.newContext();
  const page = await context.newPage();
  const problems = sys.watch(page);
  // Trident as the page sees it: its user agent, the module script never run, and `nomodule` an
  // attribute it does not know (Chromium skips such a script, Trident runs it).
  await page.route(/\/addin\/taskpane$/, async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace('<script nomodule src=', '<script src=');
    await route.fulfill({ response: original, body: html });
  });
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'userAgent', {
      get: () => 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
    });
  });
  await page.route(/\/static\/taskpane-[^/]*\.js$/, (route) => route.abort('blockedbyclient'));
  await page.goto(`${sys.system.origin}/addin/taskpane`);
  await page.locator('main.outside[data-reason="trident"]').waitFor();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('旧的 Internet Explorer 网页控件');
  expect(await page.getByRole('link', { name: '打开网页上传报送' }).getAttribute('href')).toBe(
    `${sys.system.origin}/dashboard/#/upload`,
  );
  await expect(page.locator('main').textContent()).resolves.toMatch(/WebView2.*Office 2021 或 Microsoft 365/);
  await screenshot(page, 'taskpane-trident');

  const modern = await context.newPage();
  const fetched: string[] = [];
  modern.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await modern.route(/\/static\/taskpane-[^/]*\.js$/, (route) => route.abort('blockedbyclient'));
  await modern.goto(`${sys.system.origin}/addin/taskpane`);
  await modern.waitForLoadState('load');
  await expect(modern.locator('#app').innerHTML()).resolves.toBe('');
  // A webview that runs modules does not even fetch it (so the pane's size does not count it).
  expect(fetched).toContain('/addin/taskpane');
  expect(fetched).not.toContain('/addin/legacy-webview.js');
  // Only the blocked module script may complain: no CSP refusal, no error from the ES5 script.
  expect(problems.filter((p) => !p.includes('ERR_BLOCKED_BY_CLIENT'))).toEqual([]);
  await context.close();
}, 60_000);
