import { beforeAll, describe, expect, it } from 'vitest';
import { receipt, storedReceipt } from '#shared/api/schemas.ts';
import { bodyOf, call, errorOf } from '../../test/api.ts';
import { seedDistrict } from '../../test/district.ts';
import { activityRows, submissionJson } from '../../test/workbooks.ts';

let who: Awaited<ReturnType<typeof seedDistrict>>;
let submissionId: string;
beforeAll(async () => {
  who = await seedDistrict();
  submissionId = bodyOf(
    await call('POST', '/api/submissions', { token: who.clerkBZC.token, json: submissionJson(activityRows(2)) }),
    receipt,
  ).submissionId;
});

const returnWith = (cells: { sheet: string; cell: string }[]) =>
  call('POST', `/api/submissions/${submissionId}/return`, {
    token: who.supervisorQYQ.token,
    json: { reason: '请核实', cells },
  });

describe('cells named in a 退回', () => {
  it.each([
    ['A0', '单元格 A0 超出 Excel 工作表范围（A1 至 XFD1048576）'],
    ['XFE1', '单元格 XFE1 超出 Excel 工作表范围（A1 至 XFD1048576）'],
    ['A1048577', '单元格 A1048577 超出 Excel 工作表范围（A1 至 XFD1048576）'],
    ['2026', '“2026”不是单元格地址，请写成列字母加行号，如 G4'],
    ['x', '“x”不是单元格地址，请写成列字母加行号，如 G4'],
  ])('refuses %s with 400, naming the field and the cell', async (cell, message) => {
    const reply = await returnWith([
      { sheet: '廉政教育活动台账', cell: 'A1' },
      { sheet: '廉政教育活动台账', cell },
    ]);
    expect(reply.status).toBe(400);
    expect(errorOf(reply)).toEqual({
      code: 'bad-request',
      reason: 'request-malformed',
      params: { what: 'body', fields: 'cells.1.cell', detail: `cells.1.cell：${message}` },
      message: `请求格式不正确：cells.1.cell：${message}`,
    });
  });

  it('accepts the corners of the grid and keeps them in canonical form', async () => {
    const reply = await returnWith([
      { sheet: '廉政教育活动台账', cell: 'A1' },
      { sheet: '监督检查台账', cell: 'xfd1048576' },
    ]);
    expect(reply.status).toBe(200);
    expect(bodyOf(reply, storedReceipt).returned?.cells).toEqual([
      { sheet: '廉政教育活动台账', cell: 'A1' },
      { sheet: '监督检查台账', cell: 'XFD1048576' },
    ]);
  });
});
