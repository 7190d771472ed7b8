/**
 * `npm start` hands wrangler the admin token in a file, never on a command line, which every user of
 * the machine can read (`ps`, /proc/<pid>/cmdline). The system is started exactly as `npm start` does.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from '../../scripts/port.ts';
import { startSystem, type RunningSystem } from '../../scripts/system.ts';

const work = mkdtempSync(join(tmpdir(), 'qingfeng-token-'));
const persistTo = join(work, 'state');
// A `$` in the token must reach the Worker as it is, not be expanded as a variable by wrangler.
const adminToken = `${randomBytes(18).toString('base64url')}$HOME`;
const log: string[] = [];
let system: RunningSystem;

beforeAll(async () => {
  try {
    system = await startSystem({ port: await freePort(), adminToken, persistTo, log: (line) => log.push(line) });
  } catch (error) {
    throw new Error(`${String(error)}\n--- wrangler output ---\n${log.slice(-60).join('\n')}`);
  }
}, 180_000);

afterAll(async () => {
  await system?.stop();
  rmSync(work, { recursive: true, force: true });
}, 30_000);

interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly argv: string[];
}

/** Every process this user can see, with its parent and its command line. */
function processes(): Proc[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // The command name in parentheses may hold spaces; the parent pid is the second field after it.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return [
          {
            pid: Number(name),
            ppid,
            argv: readFileSync(`/proc/${name}/cmdline`, 'utf8')
              .split('\0')
              .filter((a) => a !== ''),
          },
        ];
      } catch {
        return []; // it exited while we looked
      }
    });
}

function withDescendants(all: readonly Proc[], root: Proc): Proc[] {
  const children = all.filter((p) => p.ppid === root.pid);
  return [root, ...children.flatMap((child) => withDescendants(all, child))];
}

test('no process of the running system has the admin token on its command line, and the token works', async () => {
  const all = processes();
  const wrangler = all.find((p) => p.argv.includes('dev') && p.argv.includes(persistTo));
  expect(wrangler, 'the wrangler dev process').toBeDefined();
  const tree = withDescendants(all, wrangler as Proc);
  // wrangler runs the Worker in workerd, its descendant.
  expect(tree.some((p) => p.argv.some((a) => a.endsWith('workerd')))).toBe(true);
  // The random part alone: not even a piece of the token may show.
  for (const p of tree) expect(p.argv.join(' '), `pid ${p.pid}`).not.toContain(adminToken.slice(0, 24));

  // The token reached the Worker through the file wrangler was given, readable by this user only.
  const envFile = wrangler?.argv[wrangler.argv.indexOf('--env-file') + 1] ?? '';
  expect(statSync(envFile).mode & 0o777).toBe(0o600);
  expect(statSync(dirname(envFile)).mode & 0o777).toBe(0o700);
  expect((await system.client.call('GET', '/api/admin/credentials', { token: adminToken })).status).toBe(200);
  expect(
    (await system.client.call('GET', '/api/admin/credentials', { token: adminToken.replace('$HOME', '') })).status,
  ).toBe(401);

  await system.stop();
  expect(existsSync(envFile)).toBe(false);
  expect(existsSync(dirname(envFile))).toBe(false);
}, 60_000);
