import { beforeAll, describe, expect, it } from 'vitest';
import { whoami } from '../../../shared/api/schemas.ts';
import { bodyOf, call } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

let district: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  district = await seedDistrict();
});

describe('GET /api/me', () => {
  it('names the unit and role a credential belongs to', async () => {
    const clerk = bodyOf(await call('GET', '/api/me', { token: district.clerkBZC.token }), whoami);
    expect(clerk).toMatchObject({ role: 'clerk', unit: { code: 'BZC', name: '本寨村', kind: 'village', parentCode: 'QYQ' } });
    const supervisor = bodyOf(await call('GET', '/api/me', { token: district.supervisorJZ.token }), whoami);
    expect(supervisor).toMatchObject({ role: 'supervisor', unit: { code: 'JZ', name: '旧州镇' } });
  });

  it('has no unit for the admin', async () => {
    expect(bodyOf(await call('GET', '/api/me'), whoami)).toEqual({ role: 'admin', unit: null });
  });
});
