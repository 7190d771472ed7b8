/** The data validation a template column gets, from its definition. */
import type { Column } from '../ledgers/types.ts';
import type { DataValidation } from './validation.ts';

/** Dates outside the year are still checked by the engine; these only stop typos like 2206. */
const EARLIEST = '2000-01-01';
const LATEST = '2100-12-31';

export function columnValidation(column: Column, sqref: string, year: number): DataValidation {
  const title = `${column.header}填写有误`.slice(0, 32);
  switch (column.type) {
    case 'integer':
      return {
        type: 'whole',
        sqref,
        min: column.min,
        error: { title, message: `请填写不小于 ${column.min} 的整数，只填数字，不带“人”“次”等单位` },
      };
    case 'date': {
      const [min, max] = column.withinYear ? [`${year}-01-01`, `${year}-12-31`] : [EARLIEST, LATEST];
      const within = column.withinYear ? `，且须在 ${year} 年内` : '';
      return {
        type: 'date',
        sqref,
        min,
        max,
        error: { title, message: `请填写日期，格式如 ${year}-03-05${within}` },
      };
    }
    case 'enum':
      return {
        type: 'list',
        sqref,
        values: column.values,
        error: { title, message: `请点击单元格右侧的下拉箭头，从列表中选择${column.header}` },
      };
    case 'multiEnum':
      // A list validation would refuse "区级、乡级", so multi-value columns only get a prompt.
      return {
        type: 'none',
        sqref,
        prompt: {
          title: column.header.slice(0, 32),
          message: `可填：${column.values.join('、')}。可填多个，用“、”分隔，如“${column.values.slice(0, 2).join('、')}”`,
        },
      };
    case 'text':
      return {
        type: 'textLength',
        sqref,
        max: column.maxLength,
        error: { title, message: `${column.header}最多 ${column.maxLength} 个字，请精简` },
      };
  }
}
