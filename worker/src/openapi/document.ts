import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { z } from 'zod/mini';
import { TEMPLATE_VERSION } from '#shared/index.ts';
import { DOCX_TYPE } from '../report/data-draft.ts';
import { describeApiSchemas } from './descriptions.ts';
import { errorResponse, type RouteDoc, routeDocs } from './routes.ts';

const ROLE_NAMES = { admin: '管理员', supervisor: '监督员', clerk: '填报员' } as const;

const schema = (s: z.core.$ZodType): unknown => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

function parameters(doc: RouteDoc): unknown[] {
  const params: unknown[] = [...doc.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (doc.query) {
    const json = schema(doc.query) as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, s] of Object.entries(json.properties ?? {}))
      params.push({ name, in: 'query', required: json.required?.includes(name) ?? false, schema: s });
  }
  if (doc.method === 'post' && doc.path === '/api/submissions')
    params.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } });
  return params;
}

function operation(doc: RouteDoc): unknown {
  const content =
    doc.produces === 'xlsx'
      ? { [XLSX_TYPE]: {} }
      : doc.produces === 'docx'
        ? { [DOCX_TYPE]: {} }
        : doc.produces === 'html'
          ? { 'text/html': {} }
          : { 'application/json': doc.response ? { schema: schema(doc.response) } : {} };
  const who =
    doc.roles === 'public'
      ? '无需凭证'
      : `角色：${doc.roles.map((r) => ROLE_NAMES[r]).join('、')}${doc.scoped ? '（限本人单位范围）' : ''}`;
  return {
    summary: doc.summary,
    description: who,
    ...(doc.roles === 'public' ? { security: [] } : {}),
    parameters: parameters(doc),
    ...(doc.body || doc.acceptsXlsx
      ? {
          requestBody: {
            required: true,
            content: {
              ...(doc.body ? { 'application/json': { schema: schema(doc.body) } } : {}),
              ...(doc.acceptsXlsx ? { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } } : {}),
            },
          },
        }
      : {}),
    responses: {
      [String(doc.status ?? 200)]: { description: '成功', content },
      default: {
        description: '错误：{ error: { code, message, issues? } }，message 为中文',
        content: { 'application/json': { schema: schema(errorResponse) } },
      },
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same Zod schemas the API parses with. */
export function openApiDocument(): unknown {
  describeApiSchemas();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const doc of routeDocs) (paths[doc.path] ??= {})[doc.method] = operation(doc);
  return {
    openapi: '3.1.0',
    info: {
      title: '清风台账 API',
      version: TEMPLATE_VERSION,
      description: '区监察委员会廉政教育台账：报送、校验、汇总。凭证以 Authorization: Bearer <凭证> 提供。',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
