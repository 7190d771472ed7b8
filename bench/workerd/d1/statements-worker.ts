/**
 * The Worker itself on a metered D1 (metered-d1.ts), answering as it does (streamed): after a
 * response has been read to its end, `GET /bench/statements` says how many D1 statements it ran,
 * each statement of a batch counted, as D1 counts them against the queries of an invocation.
 */
import { createApp } from '../../../worker/src/app.ts';
import { type Meter, meteredD1 } from './metered-d1.ts';

const app = createApp();
let last: Meter | null = null;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (new URL(request.url).pathname === '/bench/statements') return Response.json(last);
    const { db, meter } = meteredD1(env.DB);
    last = meter;
    return app.fetch(request, { ...env, DB: db }, ctx);
  },
} satisfies ExportedHandler<Env>;
