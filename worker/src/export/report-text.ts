import { reportSections } from '#shared/report/figures.ts';
import { periodLead } from '#shared/report/period-lead.ts';
import { scopeWording } from '#shared/report/scope-wording.ts';
import type { ReportSettings } from '#shared/api/schemas.ts';
import { type FigureWording, type FilledFigure, fillFigures, type Totals } from '#shared/report/totals.ts';

/** What the report says before any figure: whose it is, of which period, in which words. */
export interface ReportPreface {
  wording: FigureWording;
  /** "2026年以来", "2026年1月至6月" … */
  lead: string;
  /** Whose report: the commission (机关名称) for the district, else the unit itself. */
  author: string;
  /** "西秀区监察委员会自2018年3月成立以来" when the admin set the founding month (district only). */
  founding: string | null;
}

/** What the 报告数据 sheet and the 数据稿 say around the figures, for one consolidation. */
export interface ReportText extends ReportPreface {
  /** The figures under the report's section headings (一)–(四), in the report's order. */
  sections: { heading: string; figures: FilledFigure[] }[];
}

/** What the text depends on: a consolidation's scope, period, settings and total. */
export interface ReportSource {
  root: Parameters<typeof scopeWording>[0];
  year: number;
  range: { from: string | null; to: string | null };
  settings: ReportSettings;
  total: Totals;
}

export function reportPreface(c: Omit<ReportSource, 'total'>): ReportPreface {
  const wording = { ...scopeWording(c.root), hall: c.settings.familyHall };
  const district = c.root.kind === 'district';
  const author = district ? (c.settings.commissionName ?? `${c.root.name}监察委员会`) : c.root.name;
  const [y, m] = (c.settings.foundedMonth ?? '').split('-').map(Number);
  const founding = district && y && m ? `${author}自${y}年${m}月成立以来` : null;
  return { wording, lead: periodLead(c.year, c.range), author, founding };
}

export function reportText(c: ReportSource): ReportText {
  const preface = reportPreface(c);
  const figures = fillFigures(c.total, preface.wording);
  const sections = reportSections.map((s) => ({
    heading: s.heading,
    figures: figures.filter((f) => f.figure.section === s.id),
  }));
  return { ...preface, sections };
}
