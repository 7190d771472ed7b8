/** Opens the built task pane in Chromium with the in-memory Excel host standing in for office.js. */
import type { BrowserContext, Page, Response } from 'playwright-core';
import { activity, type CellValue, columnLetter, type LedgerDefinition } from '#shared/index.ts';
import { validRow } from '../support/ledger-builder.ts';
import { officeJsUrl } from '../../addin/build/office-js.ts';
import type { BrowserSystem } from './harness.ts';

export interface PaneOptions {
  readonly displayLanguage?: string;
  readonly excelApiMinor?: number;
  readonly platform?: 'OfficeOnline' | 'PC' | 'Mac';
}

export interface OpenedPane {
  readonly page: Page;
  /** Page errors and console errors (a CSP refusal among them) from the first byte on. */
  readonly problems: string[];
  readonly response: Response | null;
}

export async function openPane(
  sys: BrowserSystem,
  context: BrowserContext,
  shim: string,
  options: PaneOptions = {},
  /** Anything else to set up on the page before it loads (init scripts, routes). */
  prepare: (page: Page) => Promise<void> = async () => undefined,
): Promise<OpenedPane> {
  const page = await context.newPage();
  const problems = sys.watch(page);
  await page.addInitScript((o) => {
    (window as unknown as { officeShimOptions: unknown }).officeShimOptions = o;
  }, options);
  await standInForOfficeJs(page, sys, shim);
  await prepare(page);
  const response = await page.goto(`${sys.system.origin}/addin/taskpane`);
  return { page, problems, response };
}

/** The pane's Office.js (served by the Worker, see addin/build/office-js.ts) answered by the fake host instead. */
export async function standInForOfficeJs(page: Page, sys: BrowserSystem, shim: string): Promise<void> {
  await page.route(`${sys.system.origin}${officeJsUrl('self')}`, (route) =>
    route.fulfill({ contentType: 'application/javascript', body: shim }),
  );
}

/** The column letter of a header in the standard layout. */
export function letterOf(def: LedgerDefinition, header: string): string {
  const index = def.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no column ${header} in ${def.sheetName}`);
  return columnLetter(index);
}

/** A valid activity row (序号 n, a theme of its own so it is no suspected duplicate) with some cells changed. */
export function activityRow(n: number, changes: Record<string, CellValue> = {}): CellValue[] {
  const own: Record<string, CellValue> = {
    ...validRow.activity,
    序号: n,
    活动主题: `廉政主题教育第${n}讲`,
    ...changes,
  };
  return activity.columns.map((c) => own[c.header] ?? null);
}

/** A clerk typing rows into a sheet of the fake workbook. */
export function typeRows(page: Page, sheet: string, from: string, rows: CellValue[][]): Promise<void> {
  return page.evaluate(([s, f, r]) => window.excelHost.type(s, f, r), [sheet, from, rows] as const);
}

/** Fills of the data rows (the header row has the template's own fill). */
export async function fillsOf(page: Page, sheet: string): Promise<Record<string, string>> {
  const all = await page.evaluate((s) => window.excelHost.fills(s), sheet);
  return Object.fromEntries(Object.entries(all).filter(([cell]) => Number(/\d+/.exec(cell)?.[0]) >= 3));
}

export async function signIn(page: Page, token: string): Promise<void> {
  await page.getByLabel('凭证').fill(token);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByTestId('signed-in').waitFor();
}
