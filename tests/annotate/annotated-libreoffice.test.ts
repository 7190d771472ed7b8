/** LibreOffice opens the 批注版 as it is (no repair), and keeps and shows our comments and fills. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightColour } from '../../shared/validate/highlight-colour.ts';
import { convert } from '../xlsx-writer/tools.ts';
import { annotated, inspectFile } from './annotate-fixture.ts';

describe('LibreOffice reads the 批注版', () => {
  it.each(['planted-problems.xlsx', 'annotate-source.xlsx'])(
    '%s: re-saved by LibreOffice, every comment, fill and link is still there',
    async (fixture) => {
      const { output, summary } = await annotated(fixture);
      const dir = mkdtempSync(join(tmpdir(), 'annotate-lo-'));
      const file = join(dir, `annotated-${fixture}`);
      writeFileSync(file, output);
      const outDir = join(dir, 'lo');
      const seen = inspectFile(convert(file, 'xlsx:Calc Office Open XML', 'xlsx', outDir));
      expect(seen.sheets[0]).toBe('校验问题');
      for (const issue of summary.issues) {
        if (issue.sheet === null || issue.row === null || issue.column === null) continue;
        const cell = seen.marked[issue.sheet]?.[`${issue.column}${issue.row}`];
        expect(cell?.comment, `${issue.sheet}!${issue.column}${issue.row}`).toContain(issue.message);
        expect([highlightColour.error, highlightColour.warning].map((c) => `FF${c.slice(1)}`)).toContain(cell?.fill);
      }
      expect(seen.links.length).toBe(summary.issues.filter((i) => i.sheet !== null && i.row !== null).length);
    },
    180_000,
  );
});
