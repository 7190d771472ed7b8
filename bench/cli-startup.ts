/**
 * CLI start-up: `validate` on a tiny workbook, as the bundle `npm run build` writes
 * (dist/cli/validate.js, what `npm run validate` runs) and from source through tsx (what it ran
 * before), against `node -e ''` (the floor: starting Node at all). Each command 9× in turn,
 * median wall time; the bundle is built first.
 *
 *   npx tsx bench/cli-startup.ts        (or `benchCliStartup()` from `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, CLI_BUNDLE } from '../scripts/build-cli.ts';
import { REPO_ROOT } from '../scripts/paths.ts';
import { recordGoal } from './goals.ts';
import { median, table } from './measure.ts';

const RUNS = 9;
/** The smallest fixture with a ledger in it: a check that reads, validates and reports. */
const TINY = join(REPO_ROOT, 'tests', 'fixtures', 'missing-column.xlsx');
const ARGS = [TINY, '--year', '2026', '--today', '2026-11-24'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const COMMANDS: readonly { name: string; command: string; args: readonly string[] }[] = [
  { name: "node -e '' (floor)", command: process.execPath, args: ['-e', ''] },
  { name: 'node dist/cli/validate.js', command: process.execPath, args: [CLI_BUNDLE, ...ARGS] },
  {
    name: 'tsx cli/validate.ts (before)',
    command: process.execPath,
    args: ['--import', 'tsx', 'cli/validate.ts', ...ARGS],
  },
  { name: 'npm run --silent validate', command: NPM, args: ['run', '--silent', 'validate', '--', ...ARGS] },
];

function once(command: string, args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'ignore' });
  // Exit 1: the fixture has errors, as it should; anything else means the command did not run.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')}: exit ${result.status}`);
  return performance.now() - started;
}

export async function benchCliStartup(): Promise<void> {
  await buildCli();
  const samples = COMMANDS.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++)
    for (const [c, { command, args }] of COMMANDS.entries()) samples[c]!.push(once(command, args));
  const ms = samples.map(median);
  const floor = ms[0]!;
  console.log(`\nCLI start-up: validate on ${TINY.slice(REPO_ROOT.length)}, each command ${RUNS}× in turn, median`);
  console.log(
    table(
      ['command', 'ms', 'over the floor ms', 'ratio'],
      COMMANDS.map(({ name }, c) => [
        name,
        ms[c]!.toFixed(0),
        (ms[c]! - floor).toFixed(0),
        `${(ms[c]! / floor).toFixed(2)}×`,
      ]),
    ),
  );
  const bundle = ms[1]!;
  const tsx = ms[2]!;
  recordGoal({
    figure: 'CLI start-up, over starting Node',
    subject: `bundle +${(bundle - floor).toFixed(0)} ms`,
    against: `tsx +${(tsx - floor).toFixed(0)} ms`,
    ratio: (bundle - floor) / (tsx - floor),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchCliStartup();
