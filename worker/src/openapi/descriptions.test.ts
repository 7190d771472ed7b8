import { describe, expect, it } from 'vitest';
import { apiDescriptions } from './descriptions.ts';
import { openApiDocument } from './document.ts';

describe('the OpenAPI document’s field descriptions', () => {
  it('carries every description, each where the document reaches its field', () => {
    const document = JSON.stringify(openApiDocument());
    const missing = apiDescriptions.map(([, text]) => text).filter((text) => !document.includes(JSON.stringify(text)));
    expect(missing).toEqual([]);
  });

  it('says what a page of GET /api/submissions defaults to, on its query parameter', () => {
    const { paths } = openApiDocument() as {
      paths: Record<string, { get?: { parameters: { name: string; schema: { description?: string } }[] } }>;
    };
    const limit = paths['/api/submissions']?.get?.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema.description).toBe('Entries per page (1–1000, default 100)');
  });
});
