import { describe, expect, it } from 'vitest';
import { call, errorOf } from '../test/api.ts';

describe('the API shell', () => {
  it('answers health without a credential', async () => {
    const reply = await call('GET', '/api/health', { token: null });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, templateVersion: '2026.3' });
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

  it('lets a page on another origin call with a bearer token, preflight unauthenticated', async () => {
    const preflight = await call('OPTIONS', '/api/submissions', {
      token: null,
      headers: {
        Origin: 'https://pane.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const me = await call('GET', '/api/me', { headers: { Origin: 'https://pane.example' } });
    expect(me.status).toBe(200);
    expect(me.headers.get('access-control-allow-origin')).toBe('*');
    expect(me.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
