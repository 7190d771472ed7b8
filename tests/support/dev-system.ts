/** The system as `npm start` runs it, in a fresh directory, at the tests' instant (TEST_NOW). */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/port.ts';
import { startSystem, type RunningSystem } from '../../scripts/system.ts';
import { TEST_NOW } from './test-clock.ts';

export interface DevSystem {
  readonly system: RunningSystem;
  readonly adminToken: string;
  /** A private directory for the test's files, removed by stop(). */
  readonly work: string;
  stop(): Promise<void>;
}

/** `fixedNow`: the Worker's instant, TEST_NOW unless a test needs another day (a deadline's last hour, the day after). */
export async function startDevSystem(name: string, fixedNow = TEST_NOW): Promise<DevSystem> {
  const work = mkdtempSync(join(tmpdir(), `qingfeng-${name}-`));
  const adminToken = randomBytes(18).toString('base64url');
  const log: string[] = [];
  let system: RunningSystem;
  try {
    system = await startSystem({
      port: await freePort(),
      adminToken,
      persistTo: join(work, 'state'),
      fixedNow,
      log: (line) => log.push(line),
    });
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`${String(error)}\n--- wrangler output ---\n${log.slice(-60).join('\n')}`);
  }
  return {
    system,
    adminToken,
    work,
    async stop() {
      await system.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
