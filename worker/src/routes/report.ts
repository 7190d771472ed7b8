import { Hono } from 'hono';
import { reportQuery } from '#shared/api/schemas.ts';
import { attachment } from '../attachment.ts';
import type { AppEnv } from '../env.ts';
import { breakdown } from '../export/breakdown.ts';
import { reportText } from '../export/report-text.ts';
import { scopedConsolidation } from '../export/scoped.ts';
import { DOCX_TYPE, dataDraftBytes, dataDraftTitle } from '../report/data-draft.ts';
import { requireRole } from '../middleware/auth.ts';
import { queryWith } from '../request.ts';

export const report = new Hono<AppEnv>().get('/report.docx', requireRole('supervisor', 'admin'), async (c) => {
  const { root, year, consolidation } = await scopedConsolidation(c, queryWith(c, reportQuery));
  const draft = {
    year,
    today: consolidation.today,
    text: reportText(consolidation),
    units: breakdown(consolidation),
    total: { name: '合计', totals: consolidation.total },
  };
  const { from, to } = consolidation.range;
  const range = from || to ? `${from ?? '年初'}至${to ?? '年末'}` : '';
  // Unit codes are ASCII, so the fallback name still says whose report it is.
  const ascii = `qingfeng-report-${root.code}-${year}${range ? `-${from ?? 'start'}-${to ?? 'end'}` : ''}.docx`;
  return c.body(await dataDraftBytes(draft), 200, {
    'Content-Type': DOCX_TYPE,
    'Content-Disposition': attachment(`${dataDraftTitle(draft)}${range ? `（${range}）` : ''}.docx`, ascii),
  });
});
