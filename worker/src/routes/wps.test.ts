import { describe, expect, it } from 'vitest';
import { call } from '../../test/api.ts';

describe('GET /wps/jsplugins.xml', () => {
  it('lists the 表格 add-in at /wps/ of the origin it was asked from, without a credential', async () => {
    const reply = await call('GET', '/wps/jsplugins.xml', { token: null });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toContain('application/xml');
    expect(reply.body).toContain('<jspluginonline name="qingfeng-ledger" type="et" url="https://ledger.test/wps/"/>');
  });
});
