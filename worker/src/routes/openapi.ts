import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { docsPage } from '../openapi/docs-page.ts';
import { openApiDocument } from '../openapi/document.ts';

let cached: unknown;

export const openapi = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json((cached ??= openApiDocument())))
  .get('/docs', (c) => c.html(docsPage));
