import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures';

interface Expected {
  sheet: string | null;
  cell: string | null;
  code: string;
  rule: string | null;
  severity: string;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/validate.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const DAY = ['--year', '2026', '--today', '2026-11-24'];
const withExpectations = readdirSync(FIXTURES).filter((f) => f.endsWith('.expected.json'));

describe('validate CLI on workbooks written by openpyxl and LibreOffice', () => {
  it.each(withExpectations)('%s: flags exactly the planted problems at their cells', (expectedFile) => {
    const workbook = `${FIXTURES}/${expectedFile.replace('.expected.json', '.xlsx')}`;
    const expected = JSON.parse(readFileSync(`${FIXTURES}/${expectedFile}`, 'utf8')) as Expected[];
    const { code, stdout } = run(workbook, '--json', ...DAY);
    const issues = JSON.parse(stdout) as (Expected & { file: string; row: number | null; column: string | null; message: string })[];
    const found = issues.map((i) => ({ sheet: i.sheet, cell: i.column === null ? null : `${i.column}${i.row}`, code: i.code, rule: i.rule, severity: i.severity }));
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
      if (issue.sheet !== null && issue.column !== null) expect(human).toContain(`  ${issue.sheet}!${issue.column}${issue.row}：${issue.message}\n`);
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
});
