import { ApiCallError } from '../../../shared/api/client.ts';

/** API errors carry Chinese messages; anything else is our bug, said plainly rather than hidden. */
export function errorText(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return `出现意外错误：${error instanceof Error ? error.message : String(error)}`;
}
