import type { IssueWording } from '#shared/api/client.ts';
import type { Issue, IssueSummary, LocaleName } from '#shared/index.ts';
import { askWorker } from '#web/one-shot-worker.ts';
import type { ValidateRequest, WordRequest } from './validate-worker.ts';
import ValidateWorker from './validate-worker.ts?worker';

export type CheckResult = { readonly [K in keyof IssueSummary]: Readonly<IssueSummary[K]> };

type Reply = ({ ok: true } & CheckResult) | { ok: false; message: string };

/** The shared engine in a Web Worker: one worker per check, ended when it answers. */
export async function validateInWorker(request: ValidateRequest): Promise<CheckResult> {
  const reply = await askWorker<Reply>(new ValidateWorker(), request);
  if (!reply.ok) throw new Error(reply.message);
  return reply;
}

/** An answer's issues worded in `locale` by the same engine tables, off the pane's thread. */
export const wordInWorker =
  (locale: LocaleName): IssueWording =>
  async (issues) => {
    const request: WordRequest = { word: issues, locale };
    return (await askWorker<{ ok: true; issues: readonly Issue[] }>(new ValidateWorker(), request)).issues;
  };
