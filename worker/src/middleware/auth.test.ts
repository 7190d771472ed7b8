import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../../test/api.ts';

describe('authentication', () => {
  it('rate limits a client after repeated failures, and only that client', async () => {
    const from = (ip: string, token: string) => call('GET', '/api/units', { token, headers: { 'CF-Connecting-IP': ip } });
    for (let i = 0; i < 20; i++) expect((await from('203.0.113.7', `qf_wrong_${i}`)).status).toBe(401);
    const limited = await from('203.0.113.7', 'test-admin-token');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('600');
    expect(errorOf(limited).message).toContain('稍后再试');
    expect((await from('203.0.113.8', 'test-admin-token')).status).toBe(200);
  });

  it('refuses a revoked credential', async () => {
    await call('POST', '/api/admin/units', { json: [{ code: 'D', name: '区', kind: 'district', parentCode: null }] });
    const issued = (await call('POST', '/api/admin/credentials', { json: { unitCode: 'D', role: 'supervisor', label: 'x' } })).body as { id: string; token: string };
    expect((await call('GET', '/api/units', { token: issued.token })).status).toBe(200);
    expect((await call('DELETE', `/api/admin/credentials/${issued.id}`)).status).toBe(200);
    expect((await call('GET', '/api/units', { token: issued.token })).status).toBe(401);
  });
});
