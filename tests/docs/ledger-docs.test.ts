import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activityCategories, ledgers, TEMPLATE_VERSION } from '#shared/index.ts';
import { reportFigures } from '#shared/report/figures.ts';
import { ledgerDocs } from '../../scripts/ledger-docs.ts';
import { LEDGER_DOCS } from '../../scripts/paths.ts';

describe('docs/ledgers.md, the data contract in the repository', () => {
  const generated = ledgerDocs();

  it('is what `npm run docs` writes from the code today (run it after changing a ledger, a release or a figure)', () => {
    expect(readFileSync(LEDGER_DOCS, 'utf8')).toBe(generated);
  });

  it('lists every sheet with every header in order, every 活动类别 and every report figure', () => {
    expect(generated).toContain(`当前模板版本 **${TEMPLATE_VERSION}**`);
    for (const def of ledgers) {
      const section = generated.split('\n## ').find((s) => s.includes(`（\`${def.key}\`）`)) ?? '';
      const headers = section
        .split('\n')
        .filter((l) => /^\| \d+ \|/.test(l))
        .map((l) => l.split(' | ')[1]);
      expect(headers, def.key).toEqual(def.columns.map((c) => c.header));
    }
    for (const c of activityCategories) expect(generated).toMatch(new RegExp(`^\\| ${c} \\|`, 'm'));
    const figureRows =
      generated
        .split('## 工作报告数据')[1]
        ?.split('\n')
        .filter((l) => /^\| \d+ \|/.test(l)) ?? [];
    expect(figureRows).toHaveLength(reportFigures.length);
  });

  it('says what each column takes and how each figure is computed, in words a clerk reads', () => {
    const row = generated.split('\n').find((l) => l.startsWith('| 7 | 参加人次 |'));
    expect(row).toBe(
      '| 7 | 参加人次 | 整数 | 必填 | 不小于 0 的整数，只填数字；填 0 时会提示核实；超过 5000 时会提示核实 | 人次、人、名、户、份 |',
    );
    expect(generated).toContain('| 2026.2 | 廉政教育活动台账新增列“上级媒体采用条数”；活动类别新增可选值“通报曝光” |');
    expect(generated).toContain('〔1〕通报曝光批次（批）= 廉政教育活动台账中活动类别为通报曝光的活动的行数');
  });
});
