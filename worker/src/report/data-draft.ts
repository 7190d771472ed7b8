import {
  AlignmentType,
  Document,
  DocumentGridType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportFigures, reportSections } from '#shared/report/figures.ts';
import { type FilledFigure, measureOf, type NamedTotals, NOTHING_THIS_PERIOD } from '#shared/report/totals.ts';
import type { ReportText } from '../export/report-text.ts';
import { CHAR, CHAR_SPACING, FONTS, gongwenSection, SIZES, TEXT_WIDTH } from './gongwen.ts';

/** The unit column: a township's name (七眼桥镇) on one line. */
const NAME_COLUMN = 1400;

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the 数据稿 says: the report's text for one scope and period, and who contributed what. */
export interface DataDraft {
  year: number;
  /** The date the figures stand at (China date). */
  today: string;
  text: ReportText;
  units: NamedTotals[];
  total: NamedTotals;
}

export function dataDraftTitle(d: Pick<DataDraft, 'year' | 'text'>): string {
  return `${d.text.author}${d.year}年廉政教育工作情况（数据稿）`;
}

const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name });
const body = (text: string, bold = false) =>
  new TextRun({ text, bold, font: font(FONTS.body), size: SIZES.body, characterSpacing: CHAR_SPACING });
const paragraph = (children: TextRun[]) => new Paragraph({ children, indent: { firstLine: 2 * CHAR } });

function figureParagraph(f: FilledFigure): Paragraph {
  if (f.empty) return paragraph([body(`${f.figure.parts.map((p) => p.label).join('、')}：${NOTHING_THIS_PERIOD}。`)]);
  const runs = f.pieces.map((p) => ('text' in p ? body(p.text) : body(String(f.values[p.part] ?? 0), true)));
  // The exact number is the data; the report's phrasing is offered beside it where it differs.
  const phrasing = f.phrased === f.text ? [] : [body(`（报告可写作“${f.phrased}”）`)];
  const zeros = f.figure.parts.filter((_, i) => f.values[i] === 0).map((p) => p.label);
  const marked = zeros.length === 0 ? [] : [body(`（${zeros.join('、')}${NOTHING_THIS_PERIOD}）`)];
  return paragraph([...runs, body('。'), ...phrasing, ...marked]);
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold, font: font(FONTS.body), size: SIZES.table, characterSpacing: 0 })],
      }),
    ],
  });
}

/** One table per section: units down, the section's numbers across, so each fits the page's width. */
function appendixTables(d: DataDraft): (Paragraph | Table)[] {
  return reportSections.flatMap((section) => {
    const parts = reportFigures.filter((f) => f.section === section.id).flatMap((f) => f.parts);
    const line = (row: NamedTotals, bold = false) =>
      new TableRow({
        children: [cell(row.name, bold), ...parts.map((p) => cell(String(measureOf(row.totals, p.of)), bold))],
      });
    return [
      new Paragraph({
        children: [new TextRun({ text: section.heading, font: font(FONTS.heading), size: SIZES.body })],
      }),
      new Table({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        // Narrow cell margins keep a five-digit number on one line in a nine-column table.
        margins: { left: 40, right: 40 },
        columnWidths: [NAME_COLUMN, ...parts.map(() => Math.floor((TEXT_WIDTH - NAME_COLUMN) / parts.length))],
        rows: [
          new TableRow({
            tableHeader: true,
            children: [cell('单位', true), ...parts.map((p) => cell(`${p.label}（${p.unit}）`, true))],
          }),
          ...d.units.map((u) => line(u)),
          line(d.total, true),
        ],
      }),
    ];
  });
}

/** The work report's 数据稿 as 党政机关公文 lay it out (gongwen.ts). */
export function dataDraftDocument(d: DataDraft): Document {
  const title = dataDraftTitle(d);
  const { text } = d;
  const intro = `${text.founding === null ? '' : `${text.founding}，`}${text.lead}，${text.wording.scope}廉政教育工作数据如下（统计日期${d.today}，各单位取最新一次未退回的报送；加粗的是台账汇总的精确数）。`;
  const page = gongwenSection();
  return new Document({
    title,
    creator: text.author,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: font(FONTS.body), size: SIZES.body, characterSpacing: CHAR_SPACING } } },
    },
    sections: [
      {
        ...page,
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title, font: font(FONTS.title), size: SIZES.title })],
          }),
          new Paragraph({ children: [] }),
          paragraph([body(intro)]),
          ...text.sections.flatMap((s) => [
            new Paragraph({
              indent: { firstLine: 2 * CHAR },
              children: [new TextRun({ text: s.heading, font: font(FONTS.heading), size: SIZES.body })],
            }),
            ...s.figures.map(figureParagraph),
          ]),
        ],
      },
      {
        // The appendix's tables off the body's line grid, which would make every row two lines tall.
        ...page,
        properties: { ...page.properties, grid: { type: DocumentGridType.DEFAULT } },
        children: [
          new Paragraph({ children: [new TextRun({ text: '附件', font: font(FONTS.label), size: SIZES.body })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: '各单位数据明细', font: font(FONTS.title), size: SIZES.title })],
          }),
          ...appendixTables(d),
        ],
      },
    ],
  });
}

export async function dataDraftBytes(d: DataDraft): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(dataDraftDocument(d));
}
