import {
  AlignmentType,
  DocumentGridType,
  Footer,
  type ISectionPropertiesOptions,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

/**
 * The page of 党政机关公文 (GB/T 9704-2012) in Word's units: A4, the standard margins, a
 * 22 lines × 28 characters, page numbers "— 1 —" in 4号 at the bottom outside edge.
 */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number): number => Math.round(n * TWIPS_PER_MM);

export const FONTS = {
  /** 标题; LibreOffice and Word fall back to another CJK serif where it is not installed. */
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  /** （一） headings, the standard's second level. */
  heading: '楷体_GB2312',
  /** 附件, the first level. */
  label: '黑体',
  pageNumber: '宋体',
} as const;

/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

const PAGE = { width: mm(210), height: mm(297), top: 37, bottom: 35, left: 28, right: 26 };
const LINES = 22;
const CHARS = 28;
const linePitch = Math.floor(mm(297 - PAGE.top - PAGE.bottom) / LINES);
/** The text block's width in twips. */
export const TEXT_WIDTH = mm(210 - PAGE.left - PAGE.right);
const textWidthPt = TEXT_WIDTH / 20;
/**
 * 28 characters of 3号 (16 pt) are 448 pt, the line 442 pt: each character gives up a quarter
 * point (in twips, rounded away from zero so 28 still fit). A character grid (docGrid
 * linesAndChars) would say the same to Word, but LibreOffice snaps a 16 pt character to two
 * 15.8 pt cells, halving the line; tightened runs on a line-only grid read the same in both.
 */
export const CHAR_SPACING = Math.floor((textWidthPt / CHARS - SIZES.body / 2) * 20);
/** One character of body text, for the indents the standard counts in characters. */
export const CHAR = SIZES.body * 10 + CHAR_SPACING;

function pageNumber(alignment: 'left' | 'right'): Footer {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({
      children,
      size: SIZES.pageNumber,
      font: { ascii: FONTS.pageNumber, eastAsia: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
    });
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字.
        indent: alignment === 'right' ? { right: CHAR } : { left: CHAR },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

/** A section's page and footers; the document needs `evenAndOddHeaderAndFooters` for the even ones. */
export function gongwenSection(): {
  properties: Pick<ISectionPropertiesOptions, 'page' | 'grid'>;
  footers: { default: Footer; even: Footer };
} {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        // The page number's line sits 7 mm below the text block.
        margin: {
          top: mm(PAGE.top),
          bottom: mm(PAGE.bottom),
          left: mm(PAGE.left),
          right: mm(PAGE.right),
          header: mm(15),
          footer: mm(PAGE.bottom - 7 - 5),
        },
      },
      grid: { type: DocumentGridType.LINES, linePitch },
    },
    footers: { default: pageNumber('right'), even: pageNumber('left') },
  };
}
