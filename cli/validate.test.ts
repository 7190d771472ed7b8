import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { activity, columnLetter, ISSUE_LIST_LIMIT } from '#shared/index.ts';
import { buildXlsx, escapeXml, worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { openWorkbook } from '#shared/xlsx/read-xlsx.ts';
import { readUpload } from '#shared/xlsx/read-upload.ts';
import { buildCli, CLI_BUNDLE } from '../scripts/build-cli.ts';
import { sheetOf } from '../tests/support/ledger-builder.ts';

const FIXTURES = 'tests/fixtures';

interface Expected {
  sheet: string | null;
  cell: string | null;
  code: string;
  rule: string | null;
  severity: string;
}

// The CLI as `npm run validate` runs it: the bundle, built from the source under test.
beforeAll(() => buildCli());

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DAY = ['--year', '2026', '--today', '2026-11-24'];
const withExpectations = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json'));

describe('validate CLI on workbooks written by openpyxl and LibreOffice', () => {
  it.each(withExpectations)('%s: flags exactly the planted problems at their cells', (expectedFile) => {
    const workbook = `${FIXTURES}/${expectedFile.replace('.expected.json', '.xlsx')}`;
    const expected = JSON.parse(readFileSync(`${FIXTURES}/${expectedFile}`, 'utf8')) as Expected[];
    const { code, stdout } = run(workbook, '--json', ...DAY);
    const issues = JSON.parse(stdout) as (Expected & {
      file: string;
      row: number | null;
      column: string | null;
      message: string;
    })[];
    const found = issues.map((i) => ({
      sheet: i.sheet,
      cell: i.column === null ? null : `${i.column}${i.row}`,
      code: i.code,
      rule: i.rule,
      severity: i.severity,
    }));
    expect(found).toEqual(expected);
    for (const issue of issues) {
      expect(issue.file).toBe(workbook);
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      // JSON carries the place in its own fields; the message is the same words as the pane's.
      if (issue.column !== null) expect(issue.message).not.toContain(`${issue.column}${issue.row}`);
    }
    // The human output, one line per issue, names each issue's cell in front of its message.
    const human = run(workbook, ...DAY).stdout;
    for (const issue of issues) {
      if (issue.sheet !== null && issue.column !== null)
        expect(human).toContain(`  ${issue.sheet}!${issue.column}${issue.row}：${issue.message}\n`);
    }
    expect(code).toBe(expected.some((e) => e.severity === 'error') ? 1 : 0);
  });

  it('exits 2 with a clear Chinese message for a file that is not a workbook, and keeps checking the others', () => {
    const { code, stdout } = run(`${FIXTURES}/not-an-xlsx.xlsx`, `${FIXTURES}/sample-messy-valid.xlsx`, ...DAY);
    expect(code).toBe(2);
    expect(stdout).toContain('不是 Excel 工作簿');
    expect(stdout).toContain('sample-messy-valid.xlsx（2026 年度）：0 个错误，0 个警告');
    expect(stdout).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 for a missing file', () => {
    expect(run(`${FIXTURES}/no-such-file.xlsx`).code).toBe(2);
  });

  it('groups human output by file and sheet with counts', () => {
    const { code, stdout } = run(`${FIXTURES}/planted-problems.xlsx`, ...DAY);
    expect(code).toBe(1);
    expect(stdout).toContain('  监督检查台账（6 行）：4 个错误，1 个警告');
    expect(stdout).toContain('    ✗ 错误  廉政教育活动台账!B6：活动日期“2026/2/30”不是有效日期：2026年2月只有28天\n');
    expect(stdout).toContain('    ✗ 错误  廉政教育活动台账!B7：活动日期“2026-13-01”不是有效日期：没有13月\n');
    expect(stdout.trim().split('\n').at(-1)).toBe('共 1 个文件：21 个错误，5 个警告');
  });

  it('takes the year from the template stamp when --year is not given', () => {
    const { code, stdout } = run(`${FIXTURES}/stamped-2026.xlsx`, '--today', '2026-11-24');
    expect(stdout).toContain('（2026 年度）');
    expect(code).toBe(0);
  });

  it('explains its usage on bad arguments', () => {
    const { code, stderr } = run('--year', 'abc', 'x.xlsx');
    expect(code).toBe(2);
    expect(stderr).toContain('用法');
  });

  // Generous: 19,000 rows (under the submission's cell limit) read and checked twice on two shared cores.
  it('lists at most the limit for 19,000 rows pointing at one long shared string: --json stays valid, the rest counted', {
    timeout: 120_000,
  }, () => {
    const LONG = '长'.repeat(32_000);
    const rows = Array.from({ length: 19_000 }, () => ({ 活动主题: LONG }));
    // Every 活动主题 is the one shared string, as Excel writes a value repeated down a column.
    const cells = sheetOf('activity', rows).values.map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) => {
            const ref = `${columnLetter(c)}${r + 1}`;
            if (v === null) return '';
            if (v === LONG) return `<c r="${ref}" t="s"><v>0</v></c>`;
            return typeof v === 'number'
              ? `<c r="${ref}"><v>${v}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;
          })
          .join('')}</row>`,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'cli-long-')), 'long-string.xlsx');
    writeFileSync(
      file,
      buildXlsx({
        sheets: [{ name: activity.sheetName, xml: worksheet(cells.join('')) }],
        sharedStrings: [`<t>${LONG}</t>`],
      }),
    );

    const json = run(file, '--json', ...DAY);
    expect(json.code).toBe(1);
    const issues = JSON.parse(json.stdout) as {
      file: string;
      row: number;
      column: string | null;
      code: string;
      rule: string;
      message: string;
    }[];
    expect(issues).toHaveLength(ISSUE_LIST_LIMIT);
    // Every row is too long, and each after the first repeats it: the engine's order, sheet and row, is kept.
    expect(issues.map((i) => i.row)).toEqual(issues.map((i) => i.row).sort((a, b) => a - b));
    expect(new Set(issues.map((i) => `${i.code}.${i.rule}`))).toEqual(
      new Set(['constraint-error.maxLength', 'duplicate-row.null']),
    );
    const tooLong = issues.filter((i) => i.rule === 'maxLength');
    const lastTooLong = tooLong.at(-1);
    expect(json.stderr).toContain(`${file}：共 37999 个问题，只列出前 ${ISSUE_LIST_LIMIT} 个`);
    expect(json.stderr).toContain(`  ${lastTooLong?.message} …… 还有 ${19_000 - tooLong.length} 条同类问题`);

    const human = run(file, ...DAY);
    expect(human.stdout).toContain('  廉政教育活动台账（19000 行）：19000 个错误，18999 个警告');
    expect(human.stdout).toContain(
      `    ✗ 错误  ${activity.sheetName}!${lastTooLong?.column}${lastTooLong?.row}：${lastTooLong?.message}\n    …… 还有 ${19_000 - tooLong.length} 条同类问题`,
    );
    expect(human.stdout.trim().split('\n').at(-1)).toBe('共 1 个文件：19000 个错误，18999 个警告');
  });
});

describe('validate --annotate', () => {
  it('writes the 批注版 of the one file checked and still exits by the errors found', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'annotate-cli-')), '批注版.xlsx');
    const { code, stderr } = run(`${FIXTURES}/planted-problems.xlsx`, ...DAY, '--annotate', out);
    expect(code).toBe(1);
    expect(stderr).toContain(`已写出批注版：${out}`);
    const bytes = new Uint8Array(readFileSync(out));
    expect((await openWorkbook(bytes, {})).sheetNames[0]).toBe('校验问题');
    const read = await readUpload(bytes);
    expect(read.kind).toBe('read');
  });

  it('writes nothing for a file it cannot read, and refuses several files or a name not ending .xlsx', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'annotate-cli-')), 'out.xlsx');
    const unreadable = run(`${FIXTURES}/not-an-xlsx.xlsx`, '--annotate', out);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toContain('未写出批注版');
    expect(existsSync(out)).toBe(false);
    for (const args of [
      [`${FIXTURES}/planted-problems.xlsx`, `${FIXTURES}/missing-column.xlsx`, '--annotate', out],
      [`${FIXTURES}/planted-problems.xlsx`, '--annotate', 'out.csv'],
    ]) {
      const refused = run(...args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/--annotate 只能用于一个文件|应以 \.xlsx 结尾/);
    }
  });
});
