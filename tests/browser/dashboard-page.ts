/** Helpers for the dashboard's browser test: signing in, recording what the page loads, a warnings-only workbook. */
import { gzipSync } from 'node:zlib';
import { WorkbookWriter } from '@cj-tech-master/excelts';
import type { Page } from 'playwright-core';
import { activity, caseLibrary } from '#shared/index.ts';
import { type RowCells, sheetOf } from '../support/ledger-builder.ts';

/** Signs in with the keyboard only: the credential field has focus order first, Enter submits. */
export async function signIn(page: Page, origin: string, token: string, hash = ''): Promise<void> {
  await page.goto(`${origin}/dashboard/${hash}`);
  await page.getByLabel('凭证').waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '退出' }).waitFor();
}

/** Every JSON answer from /api/ the page receives, to check what a scope lets through. */
export function recordApi(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    bodies.push(`${response.url()} ${await response.text().catch(() => '')}`);
  });
  return bodies;
}

/**
 * A valid activity ledger with warnings only, written by excelts. By default two (a repeated row,
 * 参加人次 of 0) and a 典型案例库 of three cases, as many as 本寨村's first version has; `rows` rows
 * of 参加人次 0 give 2 × rows − 1 (each also repeats the first).
 */
export async function warningsWorkbook(path: string, rows?: number): Promise<void> {
  const writer = new WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet(activity.sheetName);
  const planted: RowCells[] =
    rows === undefined ? [{}, { 参加人次: 0 }] : Array.from({ length: rows }, () => ({ 参加人次: 0 }));
  for (const row of sheetOf('activity', planted).values) sheet.addRow(row).commit();
  await sheet.commit();
  if (rows === undefined) {
    const cases = writer.addWorksheet(caseLibrary.sheetName);
    for (const row of sheetOf('caseLibrary', [{}, {}, {}]).values) cases.addRow(row).commit();
    await cases.commit();
  }
  await writer.commit();
}

/** The gzipped size of every script the page loads (its Web Worker included), as a browser receives it. */
export function recordScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith('.js')) return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(path, gzipSync(body, { level: 9 }).length);
  });
  return sizes;
}
