import { z } from 'zod/mini';
import { bodyOf, call } from './api.ts';

/** A small district: two townships with a village each, and a department. */
export const UNITS = [
  { code: 'QX', name: '清溪区', kind: 'district', parentCode: null },
  { code: 'QYQ', name: '七眼桥镇', kind: 'township', parentCode: 'QX' },
  { code: 'JZ', name: '旧州镇', kind: 'township', parentCode: 'QX' },
  { code: 'BZC', name: '本寨村', kind: 'village', parentCode: 'QYQ' },
  { code: 'JZC', name: '旧州村', kind: 'village', parentCode: 'JZ' },
  { code: 'JYJ', name: '区教育局', kind: 'department', parentCode: 'QX' },
] as const;

const issued = z.object({ id: z.string(), token: z.string() });

export async function credential(
  unitCode: string,
  role: 'clerk' | 'supervisor',
): Promise<{ id: string; token: string }> {
  return bodyOf(
    await call('POST', '/api/admin/credentials', { json: { unitCode, role, label: `${unitCode} ${role}` } }),
    issued,
  );
}

export async function seedDistrict() {
  const saved = await call('POST', '/api/admin/units', { json: UNITS });
  if (saved.status !== 200) throw new Error(`seeding units failed: ${JSON.stringify(saved.body)}`);
  return {
    clerkBZC: await credential('BZC', 'clerk'),
    clerkQYQ: await credential('QYQ', 'clerk'),
    clerkJZC: await credential('JZC', 'clerk'),
    supervisorQX: await credential('QX', 'supervisor'),
    supervisorQYQ: await credential('QYQ', 'supervisor'),
    supervisorJZ: await credential('JZ', 'supervisor'),
  };
}
