import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  who = await seedDistrict();
});

async function codes(token?: string): Promise<string[]> {
  const reply = await call('GET', '/api/units', { token });
  expect(reply.status).toBe(200);
  return (reply.body as { units: { code: string }[] }).units.map((u) => u.code);
}

describe('GET /api/units', () => {
  it('lists all units for the admin in the district’s order: depth first, siblings as registered', async () => {
    // Registered QX, QYQ, JZ, BZC, JZC, JYJ: neither the order of codes nor of registration.
    expect(await codes()).toEqual(['QX', 'QYQ', 'BZC', 'JZ', 'JZC', 'JYJ']);
    expect(await codes(who.supervisorQX.token)).toEqual(['QX', 'QYQ', 'BZC', 'JZ', 'JZC', 'JYJ']);
  });

  it('lists a supervisor’s subtree and a clerk’s own unit only, even a township clerk’s', async () => {
    expect(await codes(who.supervisorQYQ.token)).toEqual(['QYQ', 'BZC']);
    expect(await codes(who.clerkQYQ.token)).toEqual(['QYQ']);
    expect(await codes(who.clerkBZC.token)).toEqual(['BZC']);
  });
});

describe('POST /api/admin/units', () => {
  it('rewrites the paths of a moved subtree, so scopes follow the move', async () => {
    // 旧州村 moves to a township registered in the same request (listed after it): 500 before the fix.
    const moved = await call('POST', '/api/admin/units', {
      json: [
        { code: 'JZC', name: '旧州村', kind: 'village', parentCode: 'DXQ' },
        { code: 'DXQ', name: '大西桥镇', kind: 'township', parentCode: 'QX' },
      ],
    });
    expect(moved.status).toBe(200);
    const units = (moved.body as { units: { code: string; path: string }[] }).units.map((u) => [u.code, u.path]);
    expect(units).toEqual([
      ['QX', '/QX/'],
      ['QYQ', '/QX/QYQ/'],
      ['BZC', '/QX/QYQ/BZC/'],
      ['JZ', '/QX/JZ/'],
      ['JYJ', '/QX/JYJ/'],
      ['DXQ', '/QX/DXQ/'],
      ['JZC', '/QX/DXQ/JZC/'],
    ]);
    expect(await codes(who.supervisorJZ.token)).toEqual(['JZ']);
    // Then the township itself moves under another district: its village's path follows it.
    const again = await call('POST', '/api/admin/units', {
      json: [
        { code: 'QX2', name: '新区', kind: 'district', parentCode: null },
        { code: 'DXQ', name: '大西桥镇', kind: 'township', parentCode: 'QX2' },
      ],
    });
    expect(again.status).toBe(200);
    expect(await codes()).toEqual(['QX', 'QYQ', 'BZC', 'JZ', 'JYJ', 'QX2', 'DXQ', 'JZC']);
    expect(await codes(who.supervisorQX.token)).toEqual(['QX', 'QYQ', 'BZC', 'JZ', 'JYJ']);
  });
});

describe('which units report', () => {
  const reports = async (): Promise<Record<string, boolean>> =>
    Object.fromEntries(
      ((await call('GET', '/api/units')).body as { units: { code: string; reports: boolean }[] }).units.map((u) => [
        u.code,
        u.reports,
      ]),
    );
  const octoberOf = async (code: string): Promise<string | undefined> => {
    const reply = await call('GET', '/api/status?year=2026', { token: who.supervisorQX.token });
    return (reply.body as { units: { code: string; months: Record<string, { status: string }> }[] }).units.find(
      (u) => u.code === code,
    )?.months['10']?.status;
  };

  it('are every unit but the district itself by default; the admin marks others, and completeness follows', async () => {
    expect(await reports()).toMatchObject({ QX: false, QYQ: true, BZC: true, JYJ: true });
    expect(await octoberOf('QX')).toBe('无需报送');
    expect(await octoberOf('JYJ')).toBe('未报送');
    const marked = await call('POST', '/api/admin/units', {
      json: [{ code: 'JYJ', name: '区教育局', kind: 'department', parentCode: 'QX', reports: false }],
    });
    expect(marked.status).toBe(200);
    expect(await octoberOf('JYJ')).toBe('无需报送');
    // Saving the unit again without saying keeps what it was set to.
    await call('POST', '/api/admin/units', {
      json: [{ code: 'JYJ', name: '区教育局（改名）', kind: 'department', parentCode: 'QX' }],
    });
    expect((await reports()).JYJ).toBe(false);
  });
});
