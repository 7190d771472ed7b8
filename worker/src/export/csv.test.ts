import { describe, expect, it } from 'vitest';
import type { Row } from '../xlsx/index.ts';
import { csvStream } from './csv.ts';

async function csvOf(rows: readonly Row[]): Promise<string> {
  // ignoreBOM keeps the BOM in the text, so the test sees every byte written.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(csvStream({ spec: { name: 'CSV' }, rows })).arrayBuffer());
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
    expect(await csvOf([[text, 'ok']])).toBe(`\uFEFF${field},ok\r\n`);
  });

  it('leaves other text, a prefix character inside the text, and numbers alone', async () => {
    expect(await csvOf([['a=b', '1-2', 'x@y', -3, 0.5]])).toBe('\uFEFFa=b,1-2,x@y,-3,0.5\r\n');
  });
});
