import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ApiError } from './errors.ts';
import { parseWith } from './request.ts';

describe('parseWith', () => {
  const schema = z.object({ year: z.number() });

  it('words a schema failure in Chinese, naming the field', () => {
    const failure = (() => {
      try {
        parseWith(schema, { year: 'x' });
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).message).toMatch(/^请求格式不正确：year：无效输入/);
  });

  it('leaves every other Zod user in the isolate with its own wording', () => {
    expect(schema.safeParse({ year: 'x' }).error?.issues[0]?.message).toMatch(/^Invalid input/);
  });
});
