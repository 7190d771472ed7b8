import type { Context } from 'hono';
import { z } from 'zod/mini';
import { ApiError } from './errors.ts';

/**
 * Zod's own Chinese locale words schema failures (字段 path + 原因) for API clients. Passed per
 * parse rather than set with z.config, which would change every Zod user in the isolate as a side
 * effect of importing this file.
 */
const zhCN = z.locales.zhCN().localeError;

/** Zod issues as one Chinese sentence naming each field. */
export function describeZodError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '请求体'}：${i.message}`)
    .join('；');
}

export function parseWith<T extends z.core.$ZodType>(
  schema: T,
  data: unknown,
  what: 'body' | 'query' = 'body',
): z.infer<T> {
  const parsed = z.safeParse(schema, data, { error: zhCN });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => (i.path.length > 0 ? i.path.join('.') : '(body)')))];
    throw new ApiError('request-malformed', {
      what,
      fields: fields.join(', '),
      detail: describeZodError(parsed.error),
    });
  }
  return parsed.data;
}

/** The JSON body parsed by `schema`; malformed JSON and schema failures are 400s with a Chinese message. */
export async function jsonBody<T extends z.core.$ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let data: unknown;
  try {
    data = await c.req.json();
  } catch {
    throw new ApiError('json-malformed', {});
  }
  return parseWith(schema, data);
}

export function queryWith<T extends z.core.$ZodType>(c: Context, schema: T): z.infer<T> {
  return parseWith(schema, c.req.query(), 'query');
}
