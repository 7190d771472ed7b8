/**
 * The Worker itself on a metered D1 (metered-d1.ts), for the storage benchmark: each answer is
 * the app's own, buffered, with what its D1 statements read and wrote and the database's size
 * after it (D1's `meta.size_after`, what counts against its 10 GB; the PRAGMAs that would say
 * the same are not authorised in D1) in headers.
 */
import { createApp } from '../../../worker/src/app.ts';
import { meteredD1 } from './metered-d1.ts';

const app = createApp();

async function databaseBytes(db: D1Database): Promise<number> {
  return (await db.prepare('SELECT 1').run()).meta.size_after;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { db, meter } = meteredD1(env.DB);
    const answer = await app.fetch(request, { ...env, DB: db }, ctx);
    const body = await answer.arrayBuffer();
    const headers = new Headers(answer.headers);
    headers.set('x-d1-queries', String(meter.queries));
    headers.set('x-d1-rows-read', String(meter.rowsRead));
    headers.set('x-d1-rows-written', String(meter.rowsWritten));
    headers.set('x-d1-bytes', String(await databaseBytes(env.DB)));
    return new Response(body, { status: answer.status, headers });
  },
} satisfies ExportedHandler<Env>;
