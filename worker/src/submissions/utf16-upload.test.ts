import { describe, expect, it } from 'vitest';
import { validation } from '#shared/api/schemas.ts';
import { buildXlsx, escapeXml, worksheet } from '#shared/xlsx/fixtures/synthetic-package.ts';
import { activity, columnLetter } from '#shared/index.ts';
import { sheetOf } from '../../../tests/support/ledger-builder.ts';
import { bodyOf, call } from '../../test/api.ts';
import { XLSX_TYPE } from '#shared/xlsx/mime-type.ts';

/** UTF-16LE with a byte order mark, as some export tools write every part. */
function utf16(xml: string): Uint8Array {
  const text = `\uFEFF${xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>')}`;
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), true);
  return bytes;
}

describe('an upload whose parts are UTF-16', () => {
  it('is read by the Worker’s own runtime, not refused', async () => {
    const values = sheetOf('activity', [{}, { 活动主题: '第二期廉政党课' }]).values;
    const rows = values.map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((v, c) =>
            v === null
              ? ''
              : typeof v === 'number'
                ? `<c r="${columnLetter(c)}${r + 1}"><v>${v}</v></c>`
                : `<c r="${columnLetter(c)}${r + 1}" t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`,
          )
          .join('')}</row>`,
    );
    const bytes = buildXlsx({
      sheets: [{ name: activity.sheetName, xml: '' }],
      parts: { 'xl/worksheets/sheet1.xml': utf16(worksheet(rows.join(''))) },
    });
    const reply = await call('POST', '/api/validate?year=2026', {
      body: bytes,
      headers: { 'Content-Type': XLSX_TYPE },
    });
    expect(bodyOf(reply, validation)).toEqual({ ok: true, errorCount: 0, warningCount: 0, issues: [], counts: [] });
  });
});
