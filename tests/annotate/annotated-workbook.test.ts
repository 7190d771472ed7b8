/**
 * The 批注版 as other programs see it: openpyxl reads the fills, comments and links; every part
 * the annotation had no reason to touch is the upload's, byte for byte; the engine reads the
 * same ledgers out of it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { highlightColour } from '#shared/validate/highlight-colour.ts';
import { entryBytes, openZip, type ZipArchive } from '#shared/xlsx/zip-entries.ts';
import { annotated, checked, inspect } from './annotate-fixture.ts';

const argb = (hex: string): string => `FF${hex.slice(1)}`;
const dir = mkdtempSync(join(tmpdir(), 'annotate-'));

function content(archive: ZipArchive, name: string): Uint8Array {
  const entry = archive.entries.get(name.toLowerCase());
  if (!entry) throw new Error(`no ${name}`);
  const data = entryBytes(archive, entry);
  return entry.method === 0 ? data : inflateSync(data);
}

const FIXTURES = ['planted-problems.xlsx', 'libreoffice-planted-problems.xlsx', 'annotate-source.xlsx'];

describe.each(FIXTURES)('%s annotated', (fixture) => {
  it('fills and comments every problem cell, and lists every issue with a link to its cell', async () => {
    const { output, summary } = await annotated(fixture);
    const seen = inspect(dir, fixture, output);
    expect(seen.sheets[0]).toBe('校验问题');
    const painted = summary.issues.filter((i) => i.sheet !== null && i.row !== null && i.column !== null);
    expect(painted.length).toBeGreaterThan(20);
    for (const issue of painted) {
      const cell = seen.marked[issue.sheet ?? '']?.[`${issue.column}${issue.row}`];
      const worst = painted.some(
        (o) => o.sheet === issue.sheet && o.row === issue.row && o.column === issue.column && o.severity === 'error',
      );
      expect(cell?.fill, `${issue.sheet}!${issue.column}${issue.row}`).toBe(
        argb(highlightColour[worst ? 'error' : 'warning']),
      );
      expect(cell?.comment).toContain(issue.message);
    }
    // Nothing else is filled: every marked cell of a ledger sheet is a problem cell or the clerk's own comment.
    const problemCells = new Set(painted.map((i) => `${i.sheet}!${i.column}${i.row}`));
    for (const [sheet, cells] of Object.entries(seen.marked).slice(1))
      for (const [ref, cell] of Object.entries(cells))
        if (cell.fill !== null) expect(problemCells.has(`${sheet}!${ref}`), `${sheet}!${ref}`).toBe(true);
    // One row per listed issue under the three heading rows, each linked to its cell.
    const linked = summary.issues.filter((i) => i.sheet !== null && i.row !== null);
    expect(seen.links).toEqual(
      linked.map((issue) => [
        `D${summary.issues.indexOf(issue) + 4}`,
        `'${issue.sheet}'!${issue.column ?? 'A'}${issue.row}`,
      ]),
    );
  }, 60_000);

  it('leaves every part it had no reason to edit as it was, byte for byte', async () => {
    const { source, output } = await annotated(fixture);
    const before = openZip(source);
    const after = openZip(output);
    const edited = new Set<string>();
    for (const [key, entry] of after.entries) {
      const old = before.entries.get(key);
      if (!old) continue;
      const same =
        old.crc32 === entry.crc32 &&
        Buffer.from(entryBytes(before, old)).equals(Buffer.from(entryBytes(after, entry))) &&
        Buffer.from(content(before, entry.name)).equals(Buffer.from(content(after, entry.name)));
      if (!same) edited.add(key);
    }
    // The problem sheets, their relationships and comments, styles and the package lists; nothing else.
    const allowed =
      /^(xl\/worksheets\/sheet[123]\.xml|xl\/worksheets\/_rels\/sheet[123]\.xml\.rels|xl\/comments\/comment1\.xml|xl\/drawings\/commentsdrawing1\.vml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[content_types\]\.xml)$/;
    for (const key of edited) expect(key).toMatch(allowed);
    expect(edited.has('xl/styles.xml')).toBe(true);
    for (const key of before.entries.keys()) expect(after.entries.has(key), key).toBe(true);
    if (fixture === 'annotate-source.xlsx') {
      expect(edited.has('xl/worksheets/sheet4.xml'), 'the unrelated sheet 说明').toBe(false);
      expect(before.entries.has('xl/theme/theme1.xml') && !edited.has('xl/theme/theme1.xml')).toBe(true);
    }
  }, 60_000);

  it('still holds the same ledgers: the engine finds the same issues in it', async () => {
    const { output, summary } = await annotated(fixture);
    expect(await checked(output)).toEqual(summary);
  }, 60_000);
});

describe('a workbook the clerk kept with comments, formulas and lists', () => {
  it('keeps the clerk comments, formulas, data validation and merges', async () => {
    const { output } = await annotated('annotate-source.xlsx');
    const seen = inspect(dir, 'kept.xlsx', output);
    const activity = seen.marked.廉政教育活动台账 ?? {};
    // The clerk's own comment on a problem cell comes first; ours follows in the same comment.
    expect(activity.G5?.comment).toMatch(/^填报人：人数待核\n错误：参加人次“12\.5”不是整数/);
    expect(activity.A3).toEqual({ fill: null, comment: '第一行已核对', value: 1 });
    // A problem cell with a formula keeps the formula; a blank problem cell the file lacked is added.
    expect(activity.C8?.value).toBe('="不存在"&"的类别"');
    expect(activity.D12).toMatchObject({ fill: argb(highlightColour.error), value: null });
    expect(seen.validations.廉政教育活动台账).toEqual(['H3:H100']);
    expect(seen.merged.说明).toEqual(['A1:C1']);
    expect(seen.sheets).toEqual(['校验问题', '一案一整改台账', '廉政教育活动台账', '监督检查台账', '说明']);
  }, 60_000);
});

describe('issues without a cell', () => {
  it.each([
    ['outdated-template.xlsx', []],
    // A missing column is an issue of the header row: linked to its first cell.
    ['missing-column.xlsx', [['D4', "'廉政教育活动台账'!A2"]]],
  ])(
    '%s: listed in 校验问题, linked to its row if it has one, nothing filled',
    async (fixture, links) => {
      const { output, summary } = await annotated(fixture);
      expect(summary.issues).toHaveLength(1);
      const seen = inspect(dir, fixture, output);
      expect(seen.sheets[0]).toBe('校验问题');
      expect(seen.links).toEqual(links);
      for (const cells of Object.values(seen.marked)) expect(cells).toEqual({});
      expect(await checked(output)).toEqual(summary);
    },
    60_000,
  );
});
