/**
 * What `npm start` seeds on a first start: the demo district, and submissions that give every
 * screen something real (several units, both ledgers, an overdue case, a returned version).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { overview } from '../../shared/api/schemas.ts';
import { freePort } from '../../scripts/port.ts';
import { seedDemo, submitDemoData, type DemoCredential } from '../../scripts/seed.ts';
import { startSystem, type RunningSystem } from '../../scripts/system.ts';
import { TEST_NOW } from '../support/test-clock.ts';

const work = mkdtempSync(join(tmpdir(), 'qingfeng-demo-'));
const adminToken = randomBytes(18).toString('base64url');
const log: string[] = [];
let system: RunningSystem;
let credentials: DemoCredential[];
let lines: string[];

beforeAll(async () => {
  try {
    system = await startSystem({ port: await freePort(), adminToken, persistTo: join(work, 'state'), fixedNow: TEST_NOW, log: (line) => log.push(line) });
  } catch (error) {
    throw new Error(`${String(error)}\n--- wrangler output ---\n${log.slice(-60).join('\n')}`);
  }
  credentials = await seedDemo(system.client, adminToken);
  lines = await submitDemoData(system.client, credentials);
}, 180_000);

afterAll(async () => {
  await system?.stop();
  rmSync(work, { recursive: true, force: true });
}, 30_000);

test('the first start shows several units reporting, an overdue case and a returned version', async () => {
  expect(lines).toHaveLength(5);
  expect(lines[4]).toBe('旧州镇 退回 旧州村 v1：活动台账的参加人次与签到表不一致，请核实后重新报送');
  const district = credentials.find((c) => c.unitCode === 'XX' && c.role === 'supervisor');
  const reply = await system.client.call('GET', '/api/overview?year=2026', { token: district?.token ?? '' });
  expect(reply.status).toBe(200);
  const seen = overview.parse(reply.json);
  expect(seen.awaitingResubmission.map((u) => u.unitName)).toEqual(['旧州村']);
  // 旧州村's only version is returned, so 旧州镇 has nothing counted yet.
  expect(seen.groups.filter((g) => g.rows > 0).map((g) => g.name)).toEqual(['七眼桥镇', '区教育局']);
  expect(seen.alerts.some((a) => a.alert === '逾期未完成' && a.unitCode === 'BZC')).toBe(true);
}, 60_000);
