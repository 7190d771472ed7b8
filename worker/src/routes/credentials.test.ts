import { beforeAll, describe, expect, it } from 'vitest';
import { call, errorOf, TEST_NOW } from '../../test/api.ts';
import { credential, seedDistrict } from '../../test/district.ts';

beforeAll(async () => {
  await seedDistrict();
});

describe('/api/admin/credentials', () => {
  it('lists credentials without the token or its hash, revoked ones with the instant', async () => {
    const issued = await credential('JYJ', 'clerk');
    expect((await call('DELETE', `/api/admin/credentials/${issued.id}`)).status).toBe(200);
    const list = await call('GET', '/api/admin/credentials');
    expect(list.status).toBe(200);
    const mine = (list.body as { credentials: Record<string, unknown>[] }).credentials.find((c) => c.id === issued.id);
    expect(mine).toEqual({
      id: issued.id,
      unitCode: 'JYJ',
      role: 'clerk',
      label: 'JYJ clerk',
      createdAt: TEST_NOW,
      revokedAt: TEST_NOW,
    });
    expect(JSON.stringify(list.body)).not.toContain(issued.token);
  });

  it('revokes once: a second revocation and an unknown id are 404', async () => {
    const issued = await credential('JYJ', 'supervisor');
    expect((await call('DELETE', `/api/admin/credentials/${issued.id}`)).body).toEqual({ revoked: issued.id });
    for (const id of [issued.id, 'cred_unknown']) {
      const again = await call('DELETE', `/api/admin/credentials/${id}`);
      expect(again.status).toBe(404);
      expect(errorOf(again)).toEqual({
        code: 'not-found',
        reason: 'credential-not-found',
        params: {},
        message: '凭证不存在或已吊销',
      });
    }
  });
});
