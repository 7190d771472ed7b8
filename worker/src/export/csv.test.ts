import { describe, expect, it } from 'vitest';
import type { Row } from '../xlsx/index.ts';
import { csvStream } from './csv.ts';

/** The CSV as text after its BOM, which every CSV must start with (so Excel reads the Chinese). */
async function csvOf(rows: readonly Row[]): Promise<string> {
  const bytes = new Uint8Array(await new Response(csvStream({ spec: { name: 'CSV' }, rows })).arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.subarray(3));
}

describe('csvStream', () => {
  // README (The consolidated workbook): text starting with = + - @ (or tab, CR) gets a leading '.
  it.each([
    ['=', '=1+1', `'=1+1`],
    ['+', '+86 139', `'+86 139`],
    ['-', '-2+3', `'-2+3`],
    ['@', '@SUM(A1)', `'@SUM(A1)`],
    ['tab', '\tx', `'\tx`],
    ['CR', '\rx', `"'\rx"`],
  ])('prefixes text starting with %s with an apostrophe', async (_, text, field) => {
    expect(await csvOf([[text, 'ok']])).toBe(`${field},ok\r\n`);
  });

  it('leaves other text, a prefix character inside the text, and numbers alone', async () => {
    expect(await csvOf([['a=b', '1-2', 'x@y', -3, 0.5]])).toBe('a=b,1-2,x@y,-3,0.5\r\n');
  });
});
