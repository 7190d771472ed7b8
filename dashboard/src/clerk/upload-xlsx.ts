import { XLSX_TYPE } from '../../../shared/xlsx/mime-type.ts';
import { ApiCallError, apiUrl, refusalOf } from '../../../shared/api/client.ts';
import { storedReceipt, type StoredReceipt } from '../../../shared/api/schemas.ts';

/** POST /api/submissions with the workbook itself; the Worker reads and validates it as the JSON body. */
export type XlsxUpload = (
  workbook: Blob,
  year: number,
  idempotencyKey: string,
  fewerRowsThan?: number,
) => Promise<StoredReceipt>;

/**
 * The raw .xlsx upload. The shared client only sends JSON, so this is the same call made by
 * hand, failing the same way (ApiCallError, Chinese message, status 0 when never reached).
 */
export function xlsxUpload(server: string, token: string): XlsxUpload {
  return async (workbook, year, idempotencyKey, fewerRowsThan) => {
    let response: Response;
    try {
      response = await fetch(apiUrl(server, '/submissions', { year, fewerRowsThan }), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': XLSX_TYPE, 'idempotency-key': idempotencyKey },
        body: workbook,
      });
    } catch {
      throw new ApiCallError(0, 'unreachable', `无法连接服务器 ${server}，请检查网络或服务器地址后重试`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw refusalOf(response.status, body);
    const receipt = storedReceipt.safeParse(body);
    if (!receipt.success)
      throw new ApiCallError(200, 'bad-response', '服务器的答复无法识别：请确认服务器地址指向清风台账');
    return receipt.data;
  };
}
