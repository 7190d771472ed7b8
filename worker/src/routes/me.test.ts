import { beforeAll, describe, expect, it } from 'vitest';
import { health, whoami } from '#shared/api/schemas.ts';
import { TEMPLATE_VERSION } from '#shared/index.ts';
import { bodyOf, call, TEST_NOW } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';

let district: Awaited<ReturnType<typeof seedDistrict>>;
beforeAll(async () => {
  district = await seedDistrict();
});

describe('GET /api/me', () => {
  it('names the unit and role a credential belongs to', async () => {
    const clerk = bodyOf(await call('GET', '/api/me', { token: district.clerkBZC.token }), whoami);
    expect(clerk).toMatchObject({
      role: 'clerk',
      unit: { code: 'BZC', name: '本寨村', kind: 'village', parentCode: 'QYQ' },
    });
    const supervisor = bodyOf(await call('GET', '/api/me', { token: district.supervisorJZ.token }), whoami);
    expect(supervisor).toMatchObject({ role: 'supervisor', unit: { code: 'JZ', name: '旧州镇' } });
  });

  it('has no unit for the admin', async () => {
    expect(bodyOf(await call('GET', '/api/me'), whoami)).toEqual({
      role: 'admin',
      unit: null,
      now: TEST_NOW,
      nextDeadline: null,
    });
  });

  it('tells the Worker’s time, which the pages keep to: the same instant as /api/health', async () => {
    const at = '2028-02-29T15:59:59.000Z';
    expect(bodyOf(await call('GET', '/api/me', { at }), whoami).now).toBe(at);
    expect(bodyOf(await call('GET', '/api/health', { token: null, at }), health)).toEqual({
      ok: true,
      templateVersion: TEMPLATE_VERSION,
      now: at,
    });
  });
});
