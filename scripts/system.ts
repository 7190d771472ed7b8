import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDevCerts } from './certs.ts';
import { createClient, type ApiClient } from './client.ts';
import { WRANGLER_CONFIG } from './paths.ts';
import { portIsFree } from './port.ts';
import { writeSecretsFile } from './secrets-file.ts';
import { StartError } from './start-error.ts';
import { exitOf, runWrangler, spawnWrangler, stopWrangler, type LineSink } from './wrangler.ts';

export interface SystemOptions {
  port: number;
  adminToken: string;
  /** Directory of the local D1 and R2 state (absolute). */
  persistTo: string;
  /** Where wrangler's output lines go. */
  log: LineSink;
  healthTimeoutMs?: number;
  /** An ISO instant the Worker's clock stands still at (tests); absent, the system time. */
  fixedNow?: string;
  /** Aborting stops whatever wrangler is running and makes startSystem reject. */
  signal?: AbortSignal;
}

export interface RunningSystem {
  /** https://localhost:<port> */
  readonly origin: string;
  readonly caPath: string;
  readonly client: ApiClient;
  /** Settles when wrangler exits on its own or is stopped. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

async function waitForHealth(
  client: ApiClient,
  child: ChildProcess,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void exitOf(child).then(() => {
    died = true;
  });
  let last = '';
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (died)
      throw new StartError(
        `wrangler 在服务就绪前退出（退出码 ${child.exitCode ?? child.signalCode}）`,
        `wrangler exited before the server was ready (exit code ${child.exitCode ?? child.signalCode})`,
      );
    try {
      const reply = await client.call('GET', '/api/health');
      if (reply.status === 200) return;
      last = `HTTP ${reply.status}`;
    } catch (error) {
      last =
        error instanceof Error
          ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
          : String(error);
    }
    await sleep(300);
  }
  throw new StartError(
    `${timeoutMs / 1000} 秒内 /api/health 没有应答`,
    `/api/health did not answer within ${timeoutMs / 1000} s`,
    `last attempt: ${last}`,
  );
}

/**
 * The whole system as `npm start` runs it: dev certificate, D1 migrations, `wrangler dev` over
 * HTTPS on the given port, ready once /api/health answers. The e2e test starts it the same way.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  if (!(await portIsFree(options.port))) {
    throw new StartError(
      `端口 ${options.port} 已被占用，请设置 PORT 换一个端口`,
      `port ${options.port} is already in use; set PORT to another port`,
    );
  }
  const certs = await ensureDevCerts();
  const persist = ['--config', WRANGLER_CONFIG, '--persist-to', options.persistTo];
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persist], options.log, options.signal);

  // The admin token goes by file, never on the command line, where `ps` shows it to every user.
  const secrets = writeSecretsFile({ ADMIN_TOKEN: options.adminToken });
  let child: ChildProcess;
  try {
    child = spawnWrangler(
      [
        'dev',
        '--local',
        ...persist,
        '--ip',
        '127.0.0.1',
        '--port',
        String(options.port),
        '--local-protocol',
        'https',
        '--https-key-path',
        certs.keyPath,
        '--https-cert-path',
        certs.certPath,
        '--env-file',
        secrets.path,
        ...(options.fixedNow === undefined ? [] : ['--var', `FIXED_NOW:${options.fixedNow}`]),
        '--show-interactive-dev-session=false',
      ],
      options.log,
      options.signal,
    );
  } catch (error) {
    secrets.remove();
    throw error;
  }
  // Gone with wrangler, even when it dies on its own and nobody calls stop().
  void exitOf(child).then(secrets.remove);
  const origin = `https://localhost:${options.port}`;
  const client = createClient(origin, certs.ca);
  let stopping: Promise<void> | null = null;
  // Once only: a test may stop the system itself before its afterAll does.
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await stopWrangler(child);
      secrets.remove();
      await client.close();
    })());
  try {
    await waitForHealth(client, child, options.healthTimeoutMs ?? 60_000, options.signal);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, caPath: certs.caPath, client, exited: exitOf(child), stop };
}
