import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../test/api.ts';

describe('the API shell', () => {
  it('answers health without a credential', async () => {
    const reply = await call('GET', '/api/health', { token: null });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, templateVersion: '2026.1' });
  });

  it('refuses requests without a credential, in Chinese', async () => {
    const reply = await call('GET', '/api/units', { token: null });
    expect(reply.status).toBe(401);
    expect(errorOf(reply).message).toContain('凭证');
  });

  it('answers unknown routes with a JSON 404', async () => {
    const reply = await call('GET', '/api/nope');
    expect(reply.status).toBe(404);
    expect(errorOf(reply).code).toBe('not-found');
  });
});
