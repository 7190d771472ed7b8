/** LibreOffice opens the 批注版 as it is (no repair), and keeps and shows our comments and fills. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightColour } from '#shared/validate/highlight-colour.ts';
import { REPO_ROOT } from '../../scripts/paths.ts';
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

/**
 * LibreOffice's print of the 校验问题 sheet and of a ledger page: rendered on every run, written to
 * docs/screenshots/annotated-libreoffice-*.png only with UPDATE_SCREENSHOTS=1 (as the browser
 * tests' screenshots are), so an ordinary run never dirties the tree.
 */
describe('LibreOffice renders the 批注版', () => {
  it('the issue list first, then the ledgers, as docs/screenshots shows it', async () => {
    const { output } = await annotated('planted-problems.xlsx');
    const dir = mkdtempSync(join(tmpdir(), 'annotate-png-'));
    const file = join(dir, 'annotated.xlsx');
    writeFileSync(file, output);
    const pdf = convert(file, 'pdf', 'pdf', dir);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    // The rectification ledger's own header, which no message quotes.
    const ledgerPage = pages.findIndex((text) => text.includes('发案单位')) + 1;
    expect(ledgerPage).toBeGreaterThan(1);
    expect(pages[0]).toMatch(/年度校验结果：\d+ 个错误，\d+ 个警告/);
    const shots = process.env.UPDATE_SCREENSHOTS === '1' ? join(REPO_ROOT, 'docs/screenshots') : dir;
    mkdirSync(shots, { recursive: true });
    for (const [page, name] of [
      [1, 'annotated-libreoffice-list'],
      [ledgerPage, 'annotated-libreoffice-sheet'],
    ] as const) {
      const crop = ['-x', '40', '-y', '90', '-W', '760', '-H', '420'];
      execFileSync('pdftoppm', [
        '-png',
        '-singlefile',
        '-r',
        '110',
        '-f',
        String(page),
        '-l',
        String(page),
        ...crop,
        pdf,
        join(shots, name),
      ]);
      expect(statSync(join(shots, `${name}.png`)).size, name).toBeGreaterThan(10_000);
    }
  }, 180_000);
});
