/**
 * The real system for browser tests: `wrangler dev` serving the Vite build and the API on one
 * HTTPS origin with a fresh local D1, the demo district seeded through the admin API, and
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/paths.ts';
import { seedDemo, type DemoCredential } from '../../scripts/seed.ts';
import type { RunningSystem } from '../../scripts/system.ts';
import { startDevSystem } from '../support/dev-system.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** The browser's own clock in every test, in another year than the Worker's (TEST_NOW). */
export const DESK_NOW = '2027-02-14T01:00:00.000Z';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface BrowserSystem {
  readonly system: RunningSystem;
  readonly browser: Browser;
  readonly adminToken: string;
  readonly credentials: readonly DemoCredential[];
  /** The token of the demo credential for a unit and role. */
  token(unitCode: string, role: 'clerk' | 'supervisor'): string;
  /**
   * A fresh browser context (own storage) at the given viewport, trusting the dev certificate.
   * Its desk clock is months off (DESK_NOW): the pages must keep to the Worker's time instead.
   */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** Collects page errors and failed console messages, so a test can assert there were none. */
  watch(page: Page): string[];
  stop(): Promise<void>;
}

/** At TEST_NOW unless `fixedNow` names another instant for the Worker (and so for the pages). */
export async function startBrowserSystem(fixedNow?: string): Promise<BrowserSystem> {
  if (!existsSync(join(REPO_ROOT, 'dist/site/addin/taskpane.html')))
    throw new Error('dist/site is missing: run `npm run build` first (npm test does)');
  const dev = await startDevSystem('browser', fixedNow);
  const { system, adminToken } = dev;
  const credentials = await seedDemo(system.client, adminToken);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return {
    system,
    browser,
    adminToken,
    credentials,
    token(unitCode, role) {
      const found = credentials.find((c) => c.unitCode === unitCode && c.role === role);
      if (!found) throw new Error(`no ${role} credential for ${unitCode}`);
      return found.token;
    },
    async newContext(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport,
        locale: 'zh-CN',
        acceptDownloads: true,
      });
      await context.clock.setFixedTime(DESK_NOW);
      return context;
    },
    watch(page) {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      return problems;
    },
    async stop() {
      await browser.close().catch(() => undefined);
      await dev.stop();
    },
  };
}

/** Screenshots for docs/, rewritten only with UPDATE_SCREENSHOTS=1, so an ordinary run never dirties the tree. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(REPO_ROOT, 'docs/screenshots') : null;

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
