import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';
import { ApiCallError, apiUrl, refusalOf } from '#shared/api/client.ts';
import { submissionReceipt, type SubmissionReceipt } from '#shared/api/schemas.ts';

/** POST /api/submissions with the workbook itself; the Worker reads and validates it as the JSON body. */
export type XlsxUpload = (
  workbook: Blob,
  year: number,
  idempotencyKey: string,
  fewerRowsThan?: number,
) => Promise<SubmissionReceipt>;

/** POST /api/annotate: the workbook back as 批注版, checked for `year` as the page checked it. */
export type XlsxAnnotate = (workbook: Blob, year: number) => Promise<Blob>;

/**
 * A raw .xlsx body. The shared client only sends JSON, so this is the same call made by hand,
 * failing the same way (ApiCallError, Chinese message, status 0 when never reached).
 */
async function postXlsx(
  server: string,
  token: string,
  path: string,
  query: Readonly<Record<string, string | number | undefined>>,
  workbook: Blob,
  headers: Readonly<Record<string, string>> = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(apiUrl(server, path, query), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': XLSX_TYPE, ...headers },
      body: workbook,
    });
  } catch {
    throw new ApiCallError(0, 'unreachable', `无法连接服务器 ${server}，请检查网络或服务器地址后重试`);
  }
  if (!response.ok) throw refusalOf(response.status, await response.json().catch(() => undefined));
  return response;
}

export function xlsxUpload(server: string, token: string): XlsxUpload {
  return async (workbook, year, idempotencyKey, fewerRowsThan) => {
    const response = await postXlsx(server, token, '/submissions', { year, fewerRowsThan }, workbook, {
      'idempotency-key': idempotencyKey,
    });
    const receipt = submissionReceipt.safeParse(await response.json().catch(() => undefined));
    if (!receipt.success)
      throw new ApiCallError(200, 'bad-response', '服务器的答复无法识别：请确认服务器地址指向清风台账');
    return receipt.data;
  };
}

export function xlsxAnnotate(server: string, token: string): XlsxAnnotate {
  return async (workbook, year) => (await postXlsx(server, token, '/annotate', { year }, workbook)).blob();
}
