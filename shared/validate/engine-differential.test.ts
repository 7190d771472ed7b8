/**
 * The engine's whole answer over random workbooks, compared with what it answered before a
 * rewrite: every issue (code, cell, params, wording, order), every count and every typed row,
 * keys in order. The digests in fixtures/engine-golden.json were recorded by the engine as it
 * stood before rows were streamed (commit "differential test"); a change that alters any
 * answer fails here, naming the case. Only an intended change of behaviour may re-record
 * them: `UPDATE_ENGINE_GOLDEN=1 npm exec -- vitest run --project node <this file>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomWorkbooks } from '../../tests/support/random-workbook.ts';
import { validateWorkbook } from './validate-workbook.ts';

const GOLDEN = new URL('./fixtures/engine-golden.json', import.meta.url);
const CASES = 400;
const SEED = 20261124;

/** FNV-1a over the answer's JSON: a short, stable digest of every field in order. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

describe('the engine over random workbooks', () => {
  it('answers exactly as it did before rows were streamed', () => {
    const samples = fc.sample(randomWorkbooks, { seed: SEED, numRuns: CASES });
    const digests = samples.map(({ input, options }) => digest(JSON.stringify(validateWorkbook(input, options))));
    if (process.env.UPDATE_ENGINE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(digests, null, 1)}\n`);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as string[];
    const differing = digests.flatMap((d, i) => (d === golden[i] ? [] : [i]));
    expect(differing).toEqual([]);
    expect(golden).toHaveLength(CASES);
  });
});
