/**
 * The 数据稿 as other programs see it: LibreOffice converts it to PDF and text (no repair
 * prompt in headless mode: a broken package fails the conversion), pdfinfo and pdftotext
 * read the page size, the text block's edges and the page numbers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFigures } from '#shared/report/figures.ts';
import { addTotals, emptyTotals, measureOf } from '#shared/report/totals.ts';
import { reportText } from '../../worker/src/export/report-text.ts';
import { dataDraftBytes } from '../../worker/src/report/data-draft.ts';
import { convert, workDir } from '../xlsx-writer/tools.ts';

const PT_PER_MM = 72 / 25.4;
/** 225 mm of text block over 22 lines. */
const LINE_PT = (225 * PT_PER_MM) / 22;

function townshipTotals(seed: number) {
  const t = emptyTotals();
  t.activity.理论学习 = { ...t.activity.理论学习, rows: 12 * seed, participants: 300 * seed };
  t.activity.红廉教育 = { ...t.activity.红廉教育, rows: 30 * seed, participants: 2100 * seed };
  t.activity.家风教育 = {
    ...t.activity.家风教育,
    rows: 5 * seed,
    participants: 200 * seed,
    materials: 7617 * seed,
    hallRows: 4 * seed,
    hallParticipants: 160 * seed,
  };
  t.activity.法治宣传教育 = { ...t.activity.法治宣传教育, rows: 3, materials: 15234 };
  t.activity.廉政提醒 = { ...t.activity.廉政提醒, rows: 6, participants: 5200, newsReports: 4 * seed };
  t.rectification.rows = 5 * seed;
  t.inspection.rows = 7;
  return t;
}

const units = [
  { name: '七眼桥镇', totals: townshipTotals(1) },
  { name: '旧州镇', totals: townshipTotals(2) },
];
const total = { name: '合计', totals: units.reduce((sum, u) => addTotals(sum, u.totals), emptyTotals()) };
const root = { code: 'XX', name: '西秀区', kind: 'district' as const, parentCode: null, path: '/XX/', sortOrder: 0 };
const settings = { commissionName: '西秀区监察委员会', foundedMonth: '2018-03', familyHall: '四知堂' };

async function converted() {
  const dir = workDir();
  const file = join(dir, 'draft.docx');
  const text = reportText({
    root,
    year: 2026,
    range: { from: '2026-01-01', to: '2026-06-30' },
    settings,
    total: total.totals,
  });
  writeFileSync(file, new Uint8Array(await dataDraftBytes({ year: 2026, today: '2026-11-24', text, units, total })));
  const pdf = convert(file, 'pdf', 'pdf', dir);
  return { pdf, txt: readFileSync(convert(file, 'txt:Text', 'txt', dir), 'utf8') };
}

describe('the 数据稿 (.docx)', async () => {
  const { pdf, txt } = await converted();

  it('says every figure with its number, worded for the district and the period', () => {
    expect(txt).toContain('西秀区监察委员会2026年廉政教育工作情况（数据稿）');
    expect(txt).toContain('西秀区监察委员会自2018年3月成立以来，2026年1月至6月，全区廉政教育工作数据如下');
    for (const figure of reportFigures) {
      const numbers = figure.parts.map((p) => measureOf(total.totals, p.of));
      if (numbers.every((n) => n === 0))
        expect(txt).toContain(`${figure.parts.map((p) => p.label).join('、')}：本期无此项。`);
      else for (const n of numbers) expect(txt).toContain(String(n));
    }
    expect(txt).toContain(
      '围绕宪法、监察法、政务处分法等开展学习36次。（报告可写作“围绕宪法、监察法、政务处分法等开展学习30余次”）',
    );
    expect(txt).toContain('12批次480名干部到“四知堂”参观学习。');
    expect(txt).toContain(
      '开展法治宣传教育活动6场、发放宣传资料30468份。（报告可写作“开展法治宣传教育活动6场、发放宣传资料3万余份”）',
    );
    expect(txt).toContain('覆盖全区监察对象10400人');
    for (const h of [
      '（一）理论学习与红廉教育',
      '（二）家风家教',
      '（三）警示教育',
      '（四）监督检查与一案一整改',
      '附件',
      '各单位数据明细',
    ])
      expect(txt).toContain(h);
  });

  it('is laid out on A4 with the standard’s margins and page numbers at the outside edge', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = wordsByPage(execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }));
    expect(pages.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)?.[1]));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const [left, right, top, bottom] = [
      28 * PT_PER_MM,
      595.28 - 26 * PT_PER_MM,
      37 * PT_PER_MM,
      841.89 - 35 * PT_PER_MM,
    ];
    for (const [i, words] of pages.entries()) {
      const footer = words.filter((w) => w.y0 > bottom);
      const body = words.filter((w) => w.y0 <= bottom);
      // "— 1 —" below the text block: right on odd pages, left on even ones, one character in.
      expect(footer.map((w) => w.text).join('')).toBe(`—${i + 1}—`);
      const [x0, x1] = [Math.min(...footer.map((w) => w.x0)), Math.max(...footer.map((w) => w.x1))];
      const [inset, otherEdgeOk] = i % 2 === 0 ? [right - x1, x0 > 400] : [x0 - left, x1 < 200];
      expect(inset).toBeGreaterThan(10);
      expect(inset).toBeLessThan(25);
      expect(otherEdgeOk).toBe(true);
      expect(Math.min(...body.map((w) => w.x0))).toBeGreaterThanOrEqual(left - 1);
      // A closing punctuation mark may hang into the margin (LibreOffice's 标点悬挂), nothing else.
      for (const w of body)
        expect(w.x1, w.text).toBeLessThanOrEqual(right + 1 + (/[，。；：、）”]$/.test(w.text) ? 16 : 0));
      expect(Math.min(...body.map((w) => w.y0))).toBeGreaterThanOrEqual(top - 1);
      expect(Math.max(...body.map((w) => w.y1))).toBeLessThanOrEqual(bottom + 1);
    }
    // The title (2号 takes two of the grid's 22 lines) starts on the text block's first line.
    expect(Math.min(...(pages[0] ?? []).map((w) => w.y0))).toBeLessThan(top + 2 * LINE_PT);
    // The grid: body lines sit on the 22 lines of the text block, 28 characters to a full line.
    const body = (pages[1] ?? []).filter((w) => w.y0 <= bottom);
    for (const w of body) {
      const line = (w.y0 - top) / LINE_PT;
      expect(line, w.text).toBeLessThan(22);
      expect(Math.abs(line - Math.round(line)), w.text).toBeLessThan(0.35);
    }
    // pdftotext joins a run of Chinese into one word: its width over its length is the pitch.
    const longest = body
      .filter((w) => /^[\u4e00-\u9fff]+$/.test(w.text))
      .sort((a, b) => b.text.length - a.text.length)[0];
    expect(longest?.text.length).toBeGreaterThanOrEqual(8);
    const pitch = ((longest?.x1 ?? 0) - (longest?.x0 ?? 0)) / (longest?.text.length ?? 1);
    expect(Math.floor((right - left + 1) / pitch)).toBe(28);
  });
});

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** pdftotext -bbox's words, page by page. */
function wordsByPage(html: string): Word[][] {
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          x0: Number(m[1]),
          y0: Number(m[2]),
          x1: Number(m[3]),
          y1: Number(m[4]),
          text: m[5] ?? '',
        }),
      ),
    );
}
