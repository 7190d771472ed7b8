import { parseArgs } from 'node:util';
import { ISSUE_LIST_LIMIT } from '#shared/index.ts';

export interface CliOptions {
  readonly files: readonly string[];
  readonly json: boolean;
  readonly year: number | null;
  readonly today: string | null;
  /** Where to write the 批注版 of the one file checked, or null. */
  readonly annotate: string | null;
}

export const USAGE = `用法：npm run --silent validate -- <文件.xlsx>... [--year YYYY] [--json] [--today YYYY-MM-DD] [--annotate 输出.xlsx]
  --year   年度（默认：工作簿模板中的年度，否则为今年）
  --json   以 JSON 数组输出问题（每个问题带 file 字段；每个文件最多列出 ${ISSUE_LIST_LIMIT} 个，其余的条数写到标准错误）
  --today  按指定日期校验“不晚于今天”的规则（默认：今天，北京时间）
  --annotate  另存批注版：问题单元格填色并附批注，首个工作表“校验问题”列出问题（仅限一个文件）`;

export class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  year: { type: 'string' },
  today: { type: 'string' },
  annotate: { type: 'string' },
} as const;

function parsed(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals } = parsed(argv);
  if (positionals.length === 0) throw new UsageError('请至少给出一个 .xlsx 文件');
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
    throw new UsageError(`年度“${values.year}”无效`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`日期“${values.today}”无效，请按 2026-03-05 格式`);
  if (values.annotate !== undefined && positionals.length !== 1) throw new UsageError('--annotate 只能用于一个文件');
  if (values.annotate !== undefined && !/\.xlsx$/i.test(values.annotate))
    throw new UsageError(`批注版“${values.annotate}”应以 .xlsx 结尾`);
  return {
    files: positionals,
    json: values.json ?? false,
    year,
    today: values.today ?? null,
    annotate: values.annotate ?? null,
  };
}
