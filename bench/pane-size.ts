/**
 * The task pane's size: what each host's page loads to open, gzipped (level 9), counted by the same
 * function as the budget test (addin/build/pane-load.ts), against issue 15's 60 KB. A size, not a
 * time, so the machine's load does not move it; dist/site is built first when a page is missing.
 *
 *   npx tsx bench/pane-size.ts        (or `benchPaneSize()` from `npm run bench`)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PANE_PAGES, paneLoad } from '../addin/build/pane-load.ts';
import { REPO_ROOT } from '../scripts/paths.ts';
import { recordGoal } from './goals.ts';
import { table } from './measure.ts';

const SITE = join(REPO_ROOT, 'dist/site');
const GOAL_BYTES = 60 * 1024;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function benchPaneSize(): void {
  if (Object.values(PANE_PAGES).some((page) => !existsSync(join(SITE, 'addin', page)))) {
    console.log('（dist/site 缺少任务窗格页面：先运行 npm run build）');
    execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  }
  console.log('\nTask pane: what each host’s page loads to open, gzipped (level 9)');
  for (const [host, page] of Object.entries(PANE_PAGES)) {
    const scripts = paneLoad(SITE, page);
    const total = scripts.reduce((sum, s) => sum + s.gzipped, 0);
    console.log(
      table(['script', 'gzipped'], [...scripts.map((s) => [s.file, kb(s.gzipped)]), [`total (${page})`, kb(total)]]),
    );
    recordGoal({
      figure: `task pane opened in ${host === 'excel' ? 'Excel' : 'WPS'}, gzipped`,
      subject: kb(total),
      against: `goal ${kb(GOAL_BYTES)}`,
      ratio: total / GOAL_BYTES,
      goal: 1,
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { printGoals } = await import('./goals.ts');
  benchPaneSize();
  printGoals();
}
