/**
 * The blank template as openpyxl sees it, and the round trip that matters most: a clerk
 * fills it in another program, and our reader and engine accept it with the stamp intact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activityCategories,
  activityCategoryMeaning,
  ledgers,
  TEMPLATE_VERSION,
  validateWorkbook,
} from '#shared/index.ts';
import { readXlsx } from '#shared/xlsx/read-xlsx.ts';
import { stampOf, toWorkbookInput } from '#shared/xlsx/workbook-input.ts';
import { columnLetter } from '#shared/index.ts';
import { validRow } from '../support/ledger-builder.ts';
import { TEMPLATE_LAST_ROW } from '#shared/template/layout.ts';
import { templateWorkbook } from '../../worker/src/template/template-workbook.ts';
import { convert, hasOpenpyxl, python, saveStream, workDir } from './tools.ts';
import type { Inspected } from './inspected.ts';

const dir = workDir();
const templateFile = join(dir, 'template.xlsx');
const filledFile = join(dir, 'filled.xlsx');
const context = { year: 2026, today: '2026-11-24' } as const;
let book: Inspected;

/** Three valid rows per ledger, keyed by header; dates typed as real dates. */
function rowsToFill(): Record<string, Record<string, unknown>[]> {
  const bySheet: Record<string, Record<string, unknown>[]> = {};
  for (const def of ledgers) {
    bySheet[def.sheetName] = [1, 2, 3].map((n) => {
      const row: Record<string, unknown> = {};
      for (const column of def.columns) {
        let value: unknown = validRow[def.key][column.header] ?? null;
        if (column.header === '序号') value = n;
        if (column.header === '案件编号') value = `七纪案〔2026〕${n}号`;
        if (column.header === '案例编号') value = `西典〔2026〕${n}号`;
        if (column.header === '活动主题' || column.header === '检查内容') value = `${String(value)}（第${n}次）`;
        if (column.type === 'date' && typeof value === 'string') value = { date: value };
        if (value !== null) row[column.header] = value;
      }
      return row;
    });
  }
  return bySheet;
}

beforeAll(async () => {
  if (!hasOpenpyxl()) throw new Error('openpyxl is missing: apt-get install python3-openpyxl');
  await saveStream(templateWorkbook({ year: 2026, unitName: '七眼桥镇' }), templateFile);
  book = python<Inspected>('inspect-xlsx.py', [templateFile]);
  const rowsFile = join(dir, 'rows.json');
  writeFileSync(rowsFile, JSON.stringify(rowsToFill()));
  python('fill-template.py', [templateFile, filledFile, rowsFile]);
});

describe('the blank template, read by openpyxl', () => {
  it('has a frozen, titled, validated sheet per ledger', () => {
    for (const def of ledgers) {
      const sheet = book.sheets.find((s) => s.name === def.sheetName);
      const last = columnLetter(def.columns.length - 1);
      expect(sheet, def.sheetName).toMatchObject({
        freeze: 'A3',
        merges: [`A1:${last}1`],
        landscape: true,
        fitToPage: true,
      });
      expect(sheet?.cells.find((c) => c.ref === 'A1')?.value).toBe(
        def.title.replace('{unit}', '七眼桥镇').replace('{year}', '2026'),
      );
      def.columns.forEach((column, i) => {
        const letter = columnLetter(i);
        const header = sheet?.cells.find((c) => c.ref === `${letter}2`);
        expect(header).toMatchObject({
          value: column.required ? `*${column.header}` : column.header,
          bold: true,
          wrap: true,
        });
        expect(header?.color === 'FFC00000').toBe(column.required);
        expect(sheet?.columns[letter]?.width).toBe(column.width);
        const validation = sheet?.validations.find((v) => v.sqref === `${letter}3:${letter}${TEMPLATE_LAST_ROW}`);
        const format = sheet?.columns[letter]?.numberFormat;
        switch (column.type) {
          case 'enum':
            expect(validation).toMatchObject({
              type: 'list',
              formula1: `"${column.values.join(',')}"`,
              errorStyle: 'stop',
              showErrorMessage: true,
            });
            break;
          case 'multiEnum':
            expect(validation).toMatchObject({ type: null, showInputMessage: true, promptTitle: column.header });
            expect(validation?.prompt).toContain(column.values.join('、'));
            break;
          case 'integer':
            expect(validation).toMatchObject({
              type: 'whole',
              operator: 'greaterThanOrEqual',
              formula1: String(column.min),
              errorStyle: 'stop',
            });
            expect(format).toBe('0');
            break;
          case 'date':
            expect(validation).toMatchObject({ type: 'date', operator: 'between', errorStyle: 'stop' });
            expect(format).toBe('yyyy-mm-dd');
            break;
          case 'text':
            expect(validation).toMatchObject({
              type: 'textLength',
              operator: 'lessThanOrEqual',
              formula1: String(column.maxLength),
            });
            break;
        }
      });
    }
  });

  it('explains every 活动类别 and what its 参加人次 counts on 填报说明', () => {
    const texts = book.sheets.find((s) => s.name === '填报说明')?.cells.map((c) => String(c.value)) ?? [];
    for (const category of activityCategories) {
      expect(texts).toContain(category);
      expect(texts).toContain(activityCategoryMeaning[category].meaning);
    }
    expect(texts.join('\n')).toContain('“完成日期”不得早于“下发日期”');
  });

  it('is stamped with the template version and year', () => {
    expect(book.customProperties).toEqual({ QingfengTemplate: TEMPLATE_VERSION, QingfengYear: '2026' });
  });
});

describe('filled in by another program, read back by ours', () => {
  it('openpyxl-filled: readXlsx + validateWorkbook find zero issues and the stamp', async () => {
    const read = await readXlsx(new Uint8Array(readFileSync(filledFile)));
    expect(stampOf(read.customProperties)).toEqual({ templateVersion: TEMPLATE_VERSION, year: 2026 });
    const input = toWorkbookInput(read);
    expect(input.templateVersion).toBe(TEMPLATE_VERSION);
    const result = validateWorkbook(input, context);
    expect(result.issues).toEqual([]);
    for (const def of ledgers) expect(result.ledgers[def.key]?.rows.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  it('re-saved by LibreOffice: the stamp and the rows survive', async () => {
    const resaved = convert(filledFile, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', join(dir, 'lo'));
    const read = await readXlsx(new Uint8Array(readFileSync(resaved)));
    expect(stampOf(read.customProperties)).toEqual({ templateVersion: TEMPLATE_VERSION, year: 2026 });
    const result = validateWorkbook(toWorkbookInput(read), context);
    expect(result.issues).toEqual([]);
    expect(result.ledgers.activity?.rows).toHaveLength(3);
  }, 120_000);
});
