import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cellGrid } from './cell-grid.ts';
import { sheetInput } from './schemas.ts';

const zhCN = z.locales.zhCN().localeError;
const failures = (values: unknown) =>
  sheetInput
    .safeParse({ address: 'A1', values }, { error: zhCN })
    .error?.issues.map((i) => `${i.path.join('.')}：${i.message}`);

describe('the cell grid of a sheet', () => {
  it('passes text, numbers, booleans and blanks, ragged rows and no rows, as they are', () => {
    const values = [['标题'], ['序号', '活动日期'], [1, 46082, true, null, ''], []];
    expect(sheetInput.parse({ address: 'A1', values }).values).toBe(values);
    expect(failures([])).toBeUndefined();
  });

  it('names each cell that is none of them, as the per-cell union did', () => {
    expect(
      failures([
        ['a', 1],
        [null, { x: 1 }, [2], 3],
      ]),
    ).toEqual(['values.1.1：无效输入', 'values.1.2：无效输入']);
    expect(failures([['a'], 5])).toEqual(['values.1：无效输入：期望 数组，实际接收 数字']);
    expect(failures('x')).toEqual(['values：无效输入：期望 数组，实际接收 string']);
    expect(sheetInput.safeParse({ address: 'A1' }).success).toBe(false);
  });

  it('stops at 100 issues, however many cells are wrong', () => {
    const bad = Array.from({ length: 1000 }, () => [{}, {}, {}]);
    expect(cellGrid.safeParse(bad).error?.issues).toHaveLength(100);
  });

  it('is described in the OpenAPI document as the grid it checks', () => {
    expect(z.toJSONSchema(sheetInput, { io: 'input', unrepresentable: 'any' })).toMatchObject({
      properties: {
        values: { type: 'array', items: { type: 'array', items: { type: ['string', 'number', 'boolean', 'null'] } } },
      },
    });
  });
});
