import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectors } from '../ledgers/rectification.ts';
import { EnumLookup, normaliseEnum, normaliseMultiEnum } from './enum.ts';
import { CellFailure } from './failure.ts';

const levels = new EnumLookup(['区级', '乡级', '村级'] as const);
const sectorLookup = new EnumLookup(sectors);

describe('enums', () => {
  it('matches ignoring spaces and full/half width', () => {
    expect(normaliseEnum(' 乡镇(街道) ', sectorLookup)).toBe('乡镇（街道）');
    expect(normaliseEnum('村 （社区）', sectorLookup)).toBe('村（社区）');
    expect(normaliseEnum('教育', sectorLookup)).toBe('教育');
    const miss = normaliseEnum('体育', sectorLookup);
    expect(miss).toBeInstanceOf(CellFailure);
    expect((miss as CellFailure).params.item).toBe('体育');
  });

  it('splits multi-values on every separator of the spec', () => {
    for (const sep of ['、', '，', ',', '；', ';', '/', '／', '\n', '\r\n', ' 、 ']) {
      expect(normaliseMultiEnum(`村级${sep}区级`, levels), JSON.stringify(sep)).toEqual(['区级', '村级']);
    }
  });

  it('gives canonical values once each, in list order, whatever was typed', () => {
    const separator = fc.constantFrom('、', '，', ',', '；', ';', '/', '\n');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('区级', '乡级', '村级', ' 村 级 ', '区级'), { minLength: 1, maxLength: 8 }), separator, (items, sep) => {
        const result = normaliseMultiEnum(items.join(sep), levels);
        const expected = ['区级', '乡级', '村级'].filter((l) => items.some((i) => i.replace(/\s/g, '') === l));
        expect(result).toEqual(expected);
      }),
    );
  });

  it('names the unknown part', () => {
    const miss = normaliseMultiEnum('区级、省级', levels);
    expect(miss).toBeInstanceOf(CellFailure);
    expect((miss as CellFailure).params.item).toBe('省级');
  });
});
