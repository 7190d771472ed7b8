/** The 填报说明 sheet: how to fill the template, the 活动类别 table and every rule, in words. */
import { activityCategories, activityCategoryMeaning, ledgers, TEMPLATE_VERSION } from '#shared/index.ts';
import { rangeRef, type Cell, type Row, type SheetSource, type StyleName } from '../xlsx/index.ts';
import { printedHeader } from '#shared/template/layout.ts';
import { columnRule, ledgerRules } from '#shared/template/rule-text.ts';
import { rowHeight } from '#shared/template/text-layout.ts';

export const INSTRUCTIONS_SHEET = '填报说明';
const WIDTHS = [18, 20, 72] as const;
const FULL_WIDTH = WIDTHS[0] + WIDTHS[1] + WIDTHS[2];

function generalRules(year: number): string[] {
  const sheets = ledgers.map((l) => `“${l.sheetName}”`).join('');
  return [
    `本工作簿是${year}年度标准台账（模板版本 ${TEMPLATE_VERSION}），含${sheets}${ledgers.length}张表。请勿修改表名和表头，不要删除或插入第1、2行，也不要删除工作表。`,
    '每项工作填一行，从第3行起逐行向下填写，全年持续追加；没有发生的事项对应的表留空即可。',
    '表头为红色并带“*”的列为必填列。日期按 2026-03-05 的格式填写；数字列只填数字（如 12，不写“12人”）；有下拉箭头的列请从列表中选择。',
    '可填多个值的列（见下表“填写要求”）用“、”分隔，如“区级、乡级”。',
    '请勿填写公式，请勿合并单元格；序号按 1、2、3… 连续编号。',
    '每月5日前报送截至上月底的完整工作簿（每次报送全年所有行，新版本覆盖旧版本）。',
  ];
}

class Layout {
  readonly rows: Row[] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};

  /** Text spanning all three columns. */
  line(text: string, style: StyleName = 'wrap', height?: number): void {
    const r = this.push([{ value: text, style }]);
    this.merges.push(rangeRef(0, r, WIDTHS.length - 1, r));
    this.heights[r] = height ?? rowHeight([[text, FULL_WIDTH]]);
  }

  /** One row of a three-column table. */
  cells(values: readonly [string, string, string], style: StyleName = 'wrap'): void {
    const r = this.push(values.map((value): Cell => ({ value, style })));
    this.heights[r] = rowHeight(values.map((v, i) => [v, WIDTHS[i] ?? 10] as const));
  }

  blank(): void {
    this.push([]);
  }

  private push(row: Row): number {
    this.rows.push(row);
    return this.rows.length;
  }
}

export function instructionsSheet(year: number): SheetSource {
  const layout = new Layout();
  layout.line(`清风台账填报说明（${year}年度，模板版本 ${TEMPLATE_VERSION}）`, 'title', 30);
  layout.blank();
  layout.line('一、基本要求', 'bold');
  for (const [i, text] of generalRules(year).entries()) layout.line(`${i + 1}. ${text}`);
  layout.blank();
  layout.line('二、活动类别与“参加人次”口径（廉政教育活动台账）', 'bold');
  layout.cells(['活动类别', '参加人次填写', '含义'], 'header');
  for (const category of activityCategories) {
    const { meaning, counts } = activityCategoryMeaning[category];
    layout.cells([category, counts, meaning]);
  }
  layout.blank();
  layout.line('三、各台账填写要求', 'bold');
  for (const def of ledgers) {
    layout.blank();
    layout.line(def.sheetName, 'bold');
    layout.cells(['列名', '必填', '填写要求'], 'header');
    for (const column of def.columns) {
      layout.cells([printedHeader(column), column.required ? '必填' : '选填', columnRule(column, year)]);
    }
    for (const text of ledgerRules(def)) layout.line(`• ${text}`);
  }
  return {
    spec: {
      name: INSTRUCTIONS_SHEET,
      columns: WIDTHS.map((width) => ({ width })),
      rowHeights: layout.heights,
      merges: layout.merges,
      print: { fitToWidth: true },
    },
    rows: layout.rows,
  };
}
