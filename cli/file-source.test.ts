/**
 * The CLI reads a workbook on disk where the reader asks, never whole: the same verdict as the
 * bytes in memory, in slices bounded by zlib's, and a file that changes under it is refused.
 */
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activity, columnLetter } from '#shared/index.ts';
import type { ByteSource } from '#shared/xlsx/byte-source.ts';
import { buildXlsx, escapeXml, worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { checkUpload } from '#shared/xlsx/read-upload.ts';
import { sheetOf } from '../tests/support/ledger-builder.ts';
import { checkFile } from './check-file.ts';
import { openFileSource } from './file-source.ts';
import { zlibInflate } from './zlib-inflate.ts';

const DAY = { year: 2026, today: '2026-11-24' };
/** What node:zlib is fed at a time (cli/zlib-inflate.ts). */
const SLICE = 64 * 1024;
/** Where the zip's end record may be: its 22 bytes and a comment of up to 65,535. */
const END_WINDOW = 22 + 0xffff;

/** 6,000 activity rows with a unique 活动主题 each, one of them out of the year: a sheet well over a slice. */
function workbookFile(): string {
  const rows = Array.from({ length: 6_000 }, (_, i) => ({
    活动主题: `第${i + 1}期廉政教育活动，学习${'党纪法规'.repeat(i % 7)}`,
    ...(i === 1_234 ? { 活动日期: '2025-06-01' } : {}),
  }));
  const xml = sheetOf('activity', rows)
    .values.map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) => {
            const ref = `${columnLetter(c)}${r + 1}`;
            if (v === null) return '';
            return typeof v === 'number'
              ? `<c r="${ref}"><v>${v}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  const file = join(mkdtempSync(join(tmpdir(), 'cli-source-')), 'activity.xlsx');
  writeFileSync(file, buildXlsx({ sheets: [{ name: activity.sheetName, xml: worksheet(xml) }] }));
  return file;
}

/** The source as the reader sees it, with the largest range it asked for and the bytes in all. */
function counted(source: ByteSource): { source: ByteSource; largest: () => number; total: () => number } {
  let largest = 0;
  let total = 0;
  return {
    source: {
      length: source.length,
      subarray(begin, end) {
        largest = Math.max(largest, end - begin);
        total += end - begin;
        return source.subarray(begin, end);
      },
    },
    largest: () => largest,
    total: () => total,
  };
}

describe('the CLI reads a workbook from disk by ranges', () => {
  it('gives the verdict of the same bytes in memory, asking for no range larger than the window of the end record', async () => {
    const file = workbookFile();
    const fromFile = openFileSource(file);
    const watched = counted(fromFile);
    try {
      const read = await checkUpload(watched.source, () => DAY, { inflate: zlibInflate });
      const inMemory = await checkUpload(new Uint8Array(readFileSync(file)), () => DAY, { inflate: zlibInflate });
      expect(read).toEqual(inMemory);
      expect(read.kind === 'checked' && read.summary.issues.map((i) => `${i.code}.${i.rule}@${i.row}`)).toEqual([
        'constraint-error.withinYear@1237',
      ]);
    } finally {
      fromFile.close();
    }
    expect(fromFile.length).toBeGreaterThan(3 * SLICE);
    expect(watched.largest()).toBeLessThanOrEqual(END_WINDOW);
    // Every byte of the package at most once, the end record's window aside.
    expect(watched.total()).toBeLessThan(fromFile.length + END_WINDOW);
  });

  it('refuses a file that grows shorter while it is read as a damaged file, and a folder as unreadable', async () => {
    const file = workbookFile();
    const source = openFileSource(file);
    const { length } = source;
    try {
      // The central directory is read first; the entry it points to is gone by the time it is inflated.
      const checked = checkUpload(source, () => DAY, { inflate: zlibInflate });
      truncateSync(file, length - 20_000);
      expect(await checked).toMatchObject({ kind: 'unreadable', issue: { code: 'unreadable-file', rule: 'corrupt' } });
    } finally {
      source.close();
    }
    const folder = join(mkdtempSync(join(tmpdir(), 'cli-source-')), '台账.xlsx');
    mkdirSync(folder);
    expect(await checkFile(folder, { year: 2026, today: DAY.today })).toMatchObject({
      readable: false,
      errorCount: 1,
    });
  });
});
