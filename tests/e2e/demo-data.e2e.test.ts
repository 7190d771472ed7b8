/**
 * What `npm start` seeds on a first start: the demo district, and submissions that give every
 * screen something real (several units, both ledgers, an overdue case, a returned version).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { history, overview } from '#shared/api/schemas.ts';
import { seedDemo, submitDemoData, type DemoCredential } from '../../scripts/seed.ts';
import { type DevSystem, startDevSystem } from '../support/dev-system.ts';

let dev: DevSystem;
let credentials: DemoCredential[];
let lines: string[];

beforeAll(async () => {
  dev = await startDevSystem('demo');
  credentials = await seedDemo(dev.system.client, dev.adminToken);
  lines = await submitDemoData(dev.system.client, credentials);
}, 180_000);

afterAll(async () => dev?.stop(), 30_000);

test('the first start shows several units reporting, an overdue case and a returned version', async () => {
  expect(lines).toHaveLength(5);
  expect(lines[4]).toBe('旧州镇 退回 旧州村 v1：活动台账的参加人次与签到表不一致，请核实后重新报送');
  const district = credentials.find((c) => c.unitCode === 'XX' && c.role === 'supervisor');
  const reply = await dev.system.client.call('GET', '/api/overview?year=2026', { token: district?.token ?? '' });
  expect(reply.status).toBe(200);
  const seen = overview.parse(reply.json);
  expect(seen.awaitingResubmission.map((u) => u.unitName)).toEqual(['旧州村']);
  // 旧州村's only version is returned, so 旧州镇 has nothing counted yet.
  expect(seen.groups.filter((g) => g.rows > 0).map((g) => g.name)).toEqual(['七眼桥镇', '区教育局']);
  expect(seen.alerts.some((a) => a.alert === '逾期未完成' && a.unitCode === 'BZC')).toBe(true);
}, 60_000);

test('the demo data holds a few typical cases of the 典型案例库 (七眼桥镇)', async () => {
  const district = credentials.find((c) => c.unitCode === 'XX' && c.role === 'supervisor');
  const reply = await dev.system.client.call('GET', '/api/submissions?unit=QYQ&year=2026', {
    token: district?.token ?? '',
  });
  expect(reply.status).toBe(200);
  expect(history.parse(reply.json).submissions.map((s) => s.counts.caseLibrary)).toEqual([3]);
}, 60_000);
