import { ApiCallError } from '#shared/api/client.ts';

/** A refusal the page makes itself before calling the API; its message is Chinese, for the user. */
export class NoticeError extends Error {
  override name = 'NoticeError';
}

/** API errors carry Chinese messages; anything else is our bug, said plainly rather than hidden. */
export function errorText(error: unknown): string {
  if (error instanceof ApiCallError || error instanceof NoticeError) return error.message;
  return `出现意外错误：${error instanceof Error ? error.message : String(error)}`;
}
