import type { CellValue, LedgerDefinition, LedgerKey, SheetInput, WorkbookInput } from '#shared/index.ts';
import { ledgerByKey } from '#shared/index.ts';

/** Cells by header: a row as a clerk sees it. */
export type RowCells = Readonly<Record<string, CellValue>>;

/** One valid row per ledger; tests change one cell to plant exactly one problem. */
export const validRow: Readonly<Record<LedgerKey, RowCells>> = {
  rectification: {
    序号: 1,
    案件编号: '七纪案〔2026〕3号',
    发案单位: '七眼桥镇农业服务中心',
    行业领域: '农业农村',
    简要案情: '违规发放补贴',
    原因类别: '制度建设薄弱、监督管理缺失',
    整改方式: '一案一整改的函',
    下发日期: '2026-03-01',
    整改措施: '建立补贴发放公示制度',
    责任单位: '七眼桥镇人民政府',
    责任人: '张三',
    整改时限: '2026-06-30',
    整改状态: '已完成',
    完成日期: '2026-06-01',
    建立完善制度数: 2,
    警示教育场次: 1,
    覆盖人次: 80,
    备注: null,
  },
  activity: {
    序号: 1,
    活动日期: '2026-03-05',
    活动类别: '红廉教育',
    活动主题: '到王若飞故居开展红廉教育',
    组织单位: '七眼桥镇纪委',
    地点或载体: '王若飞故居',
    参加人次: 45,
    覆盖层级: '乡级、村级',
    发放资料份数: 100,
    新闻报道条数: 1,
    上级媒体采用条数: 0,
    关联案件编号: null,
    备注: null,
  },
  inspection: {
    序号: 1,
    检查日期: '2026-04-10',
    检查方式: '专项检查',
    被检查单位: '本寨村村委会',
    检查内容: '惠民资金发放',
    发现问题数: 3,
    已整改问题数: 2,
    备注: null,
  },
  caseLibrary: {
    序号: 1,
    案例编号: '西典〔2026〕1号',
    案例名称: '某村干部侵占惠民补贴案',
    行业领域: '村（社区）',
    违纪违法类型: '侵害群众利益',
    涉案人员层级: '村（社区）干部',
    涉案人数: 2,
    简要案情: '虚报冒领危房改造补贴',
    处理结果: '党内严重警告，追缴违纪款项',
    收录日期: '2026-05-12',
    使用方式: '文件通报、警示教育读本',
    用于警示教育场次: 3,
    关联案件编号: null,
    备注: null,
  },
};

/** A sheet with a title row, the template's header row and the given rows (as changes to a valid row). */
export function sheetOf(
  key: LedgerKey,
  rows: readonly RowCells[],
  options: { headers?: readonly string[]; title?: boolean; address?: string } = {},
): SheetInput {
  const def: LedgerDefinition = ledgerByKey(key);
  const headers = options.headers ?? def.columns.map((c) => c.header);
  // Each row gets its own 序号, 案件编号 and 案例编号 so only planted repeats are repeats.
  const fresh = (h: string, i: number): CellValue =>
    h === '序号'
      ? i + 1
      : h === '案件编号'
        ? `七纪案〔2026〕${i + 1}号`
        : h === '案例编号'
          ? `西典〔2026〕${i + 1}号`
          : (validRow[key][h] ?? null);
  const body = rows.map((changes, i) => headers.map((h) => (h in changes ? (changes[h] ?? null) : fresh(h, i))));
  const title =
    options.title === false ? [] : [[`七眼桥镇2026年${def.sheetName}`, ...headers.slice(1).map(() => null)]];
  return { address: options.address ?? 'A1', values: [...title, [...headers], ...body] };
}

export function workbookOf(sheets: Partial<Record<LedgerKey, SheetInput>>, templateVersion?: string): WorkbookInput {
  const named: Record<string, SheetInput> = {};
  for (const [key, sheet] of Object.entries(sheets)) named[ledgerByKey(key).sheetName] = sheet;
  return { sheets: named, templateVersion: templateVersion ?? null };
}

export const context = { year: 2026, today: '2026-11-24' } as const;
