import { MAX_UPLOAD_BYTES } from '#shared/limits.ts';
import { mb } from '#shared/messages/format.ts';
import { explanationsOf } from '#shared/api/explanations.ts';
import { fewerRowsThan } from '#shared/api/fewer-rows.ts';
import { submissionRequest } from '#shared/api/submission-request.ts';
import { jsonBytes } from '#web/json-bytes.ts';
import type { SubmissionReceipt } from '#shared/api/schemas.ts';
import type { Session } from '../session.ts';
import { NoticeError } from '../ui/error-text.ts';
import type { CheckReply } from './check-worker.ts';

/** A file the engine read, with the exact bytes it read: those, not the file on disk now, are sent. */
export interface CheckedUpload {
  readonly reply: Extract<CheckReply, { kind: 'checked' }>;
  readonly workbook: Blob;
}

/**
 * 报送 of a checked file. Without 核实说明 the .xlsx itself goes (the Worker reads it as the
 * browser did, ?year= as checked): the engine's JSON is often several times the file's size.
 * With notes, the JSON body carries them, and its size is measured before anything is sent.
 */
export function sendUpload(
  session: Session,
  { reply, workbook }: CheckedUpload,
  notes: ReadonlyMap<string, string>,
  key: string,
): Promise<SubmissionReceipt> {
  const explanations = explanationsOf(reply.issues, notes);
  const fewerRows = fewerRowsThan(reply.issues);
  if (explanations.length === 0) {
    if (workbook.size > MAX_UPLOAD_BYTES) {
      throw new NoticeError(
        `文件约 ${mb(workbook.size)} MB，超过服务器接收上限 ${mb(MAX_UPLOAD_BYTES)} MB，请精简工作簿（如删去无关的工作表、图片）后重新选择。`,
      );
    }
    return session.api.submitXlsx(workbook, reply.year, key, fewerRows);
  }
  const body = submissionRequest(reply.input, reply.year, reply.issues, notes);
  const size = jsonBytes(body);
  if (size > MAX_UPLOAD_BYTES) {
    throw new NoticeError(
      `附核实说明的报送内容约 ${mb(size)} MB，超过服务器接收上限 ${mb(MAX_UPLOAD_BYTES)} MB。请清空核实说明后报送（将直接上传 ${mb(workbook.size)} MB 的原文件），或精简工作簿后重新选择。`,
    );
  }
  return session.api.submit(body, key, fewerRows);
}
