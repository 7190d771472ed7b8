import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './paths.ts';
import { StartError } from './start-error.ts';

export type LineSink = (line: string) => void;

// The bin file is not in wrangler's "exports"; its package.json is, and the bin sits beside it.
const WRANGLER_JS = join(
  dirname(createRequire(import.meta.url).resolve('wrangler/package.json')),
  'bin',
  'wrangler.js',
);

// No telemetry, no prompts, no browser: this runs headless in terminals and CI alike.
const QUIET_ENV = { WRANGLER_SEND_METRICS: 'false', CI: 'true', BROWSER: 'none' };

/**
 * Starts wrangler with the running Node (the repo's Node 22, not the system's) in its own process
 * group, so stopping it also stops the workerd it spawns and a terminal Ctrl-C reaches it only through us.
 */
export function spawnWrangler(args: readonly string[], log: LineSink, signal?: AbortSignal): ChildProcess {
  signal?.throwIfAborted();
  const child = spawn(process.execPath, [WRANGLER_JS, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...QUIET_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', log);
  }
  signal?.addEventListener('abort', () => void stopWrangler(child), { once: true });
  return child;
}

/** Resolves with the exit code (null when killed by a signal). */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Runs a wrangler command to completion; its output goes to `log`. */
export async function runWrangler(args: readonly string[], log: LineSink, signal?: AbortSignal): Promise<void> {
  const tail: string[] = [];
  const child = spawnWrangler(
    args,
    (line) => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      log(line);
    },
    signal,
  );
  const code = await exitOf(child);
  signal?.throwIfAborted();
  if (code !== 0)
    throw new StartError(
      `wrangler ${args[0]} ${args[1] ?? ''} 失败（退出码 ${code}）`,
      `wrangler ${args[0]} ${args[1] ?? ''} failed (exit code ${code})`,
      tail.join('\n'),
    );
}

/** Stops a wrangler started by spawnWrangler, and its children; SIGKILL if it lingers. */
export async function stopWrangler(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const exited = exitOf(child);
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // workerd may outlive wrangler for a moment; the group signal reaches it too.
  signalGroup('SIGKILL');
}
