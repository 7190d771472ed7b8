import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AppEnv } from './env.ts';
import { stampTime } from './clock.ts';
import { ApiError } from './errors.ts';
import { authenticate } from './middleware/auth.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { annotate } from './routes/annotate.ts';
import { credentials } from './routes/credentials.ts';
import { exporting } from './routes/export.ts';
import { handoffFetch, handoffUpload } from './routes/handoff.ts';
import { meta } from './routes/meta.ts';
import { openapi } from './routes/openapi.ts';
import { overview } from './routes/overview.ts';
import { report } from './routes/report.ts';
import { status } from './routes/status.ts';
import { template } from './routes/template.ts';
import { submissions } from './routes/submissions.ts';
import { settings } from './routes/settings.ts';
import { MAX_UPLOAD_BYTES } from '#shared/limits.ts';
import { units } from './routes/units.ts';
import { wps } from './routes/wps.ts';

/** The Worker's API: public metadata, then everything else behind a credential. */
export function createApp(): Hono<AppEnv> {
  const api = new Hono<AppEnv>()
    .use('*', stampTime())
    // A task pane pointed at another server (its 服务器地址 setting) calls from its own origin.
    // Credentials are bearer tokens the page must hold, never cookies, so any origin may ask.
    .use(
      '*',
      cors({
        origin: '*',
        allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
        exposeHeaders: ['Content-Disposition', 'Idempotent-Replayed'],
        maxAge: 86400,
      }),
    )
    .route('/', meta)
    .route('/', openapi)
    .route('/', template)
    .route('/', handoffFetch)
    .use('*', async (c, next) =>
      bodyLimit({
        maxSize: MAX_UPLOAD_BYTES,
        onError: () => {
          throw new ApiError('body-too-large', { limit: MAX_UPLOAD_BYTES });
        },
      })(c, next),
    )
    .use('*', authenticate())
    .route('/', units)
    .route('/', settings)
    .route('/', credentials)
    .route('/', submissions)
    .route('/', annotate)
    .route('/', status)
    .route('/', exporting)
    .route('/', handoffUpload)
    .route('/', overview)
    .route('/', report);

  return (
    new Hono<AppEnv>()
      .use('*', securityHeaders())
      .route('/api', api)
      .route('/', wps)
      // The static build answers every file; the bare origin is the dashboard's front door.
      .get('/', (c) => c.redirect('/dashboard/', 302))
      .notFound((c) =>
        c.json(
          new ApiError('route-unknown', { method: c.req.method, path: new URL(c.req.url).pathname }).toJSON(),
          404,
        ),
      )
      .onError((error, c) => {
        if (error instanceof ApiError) return c.json(error.toJSON(), error.status);
        console.error('unhandled', error);
        return c.json(new ApiError('internal', {}).toJSON(), 500);
      })
  );
}
