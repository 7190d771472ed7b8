import type { Session } from '../session.ts';
import { DownloadButton } from '../ui/download-button.tsx';
import { rangeNamePart } from '#shared/report/range-name.ts';
import type { Filters } from './report-filters.tsx';

/** What the supervisor can download for the chosen scope and dates. */
const DOWNLOADS = {
  workbook: {
    path: '/export',
    label: '下载汇总工作簿',
    busy: '正在生成汇总工作簿…',
    fallback: (year: number, range: string) => `汇总-${year}${range}.xlsx`,
  },
  draft: {
    path: '/report.docx',
    label: '下载报告数据稿（Word）',
    busy: '正在生成报告数据稿…',
    fallback: (year: number, range: string) => `报告数据稿-${year}${range}.docx`,
  },
} as const;

/** 下载汇总工作簿 / 下载报告数据稿: the consolidation of the chosen scope and dates as a file. */
export function ExportButton({
  session,
  year,
  filters,
  what,
}: {
  session: Session;
  year: number;
  filters: Filters;
  what: keyof typeof DOWNLOADS;
}) {
  const download = DOWNLOADS[what];
  return (
    <DownloadButton
      label={download.label}
      busy={download.busy}
      primary={what === 'workbook'}
      fetchFile={() =>
        session.api.download(download.path, {
          year,
          scope: filters.scope,
          from: filters.from || undefined,
          to: filters.to || undefined,
        })
      }
      fallbackName={() => download.fallback(year, rangeNamePart(filters, year))}
    />
  );
}
