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
    expect((miss as CellFailure).violation.params.item).toBe('体育');
  });

  it('splits multi-values on every separator of the spec', () => {
    for (const sep of ['、', '，', ',', '；', ';', '/', '／', '\n', '\r\n', ' 、 ']) {
      expect(normaliseMultiEnum(`村级${sep}区级`, levels), JSON.stringify(sep)).toEqual(['区级', '村级']);
    }
  });

  it('gives canonical values once each, in list order, whatever was typed', () => {
    const separator = fc.constantFrom('、', '，', ',', '；', ';', '/', '\n');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('区级', '乡级', '村级', ' 村 级 ', '区级'), { minLength: 1, maxLength: 8 }),
        separator,
        (items, sep) => {
          const result = normaliseMultiEnum(items.join(sep), levels);
          const expected = ['区级', '乡级', '村级'].filter((l) => items.some((i) => i.replace(/\s/g, '') === l));
          expect(result).toEqual(expected);
        },
      ),
    );
  });

  it('prefers the exact value, then the folded one, and says which values are allowed', () => {
    const lookup = new EnumLookup(['其他', '其 他'] as const);
    expect(normaliseEnum('其 他', lookup)).toBe('其 他');
    expect(normaliseEnum('其他', lookup)).toBe('其他');
    expect(normaliseEnum('  体育 ', sectorLookup)).toEqual(
      new CellFailure('type-error.enum', { item: '体育', allowed: sectors.join('、') }),
    );
    expect(normaliseEnum(12, new EnumLookup(['12', '13']))).toBe('12');
    expect(normaliseEnum(true, levels)).toEqual(
      new CellFailure('type-error.enum', { item: 'true', allowed: '区级、乡级、村级' }),
    );
  });

  it('knows the place of each value in its list', () => {
    expect(['村级', '区级', '乡级'].map((v) => levels.position(v as '区级'))).toEqual([2, 0, 1]);
    expect(new EnumLookup<string>(['a']).position('b')).toBe(-1);
  });

  it('reads separators alone as an empty list, and numbers as text', () => {
    expect(normaliseMultiEnum('、；,\n', levels)).toEqual([]);
    expect(normaliseMultiEnum(' 区级 ', levels)).toEqual(['区级']);
    expect(normaliseMultiEnum(1, new EnumLookup(['1', '2']))).toEqual(['1']);
    expect(normaliseMultiEnum('区级、、村级', levels)).toEqual(['区级', '村级']);
    expect(normaliseMultiEnum('区级、 、\u3000、村级', levels)).toEqual(['区级', '村级']);
  });

  it('names the unknown part', () => {
    expect(normaliseMultiEnum('区级、 省级 、村级', levels)).toEqual(
      new CellFailure('type-error.multiEnum', { item: '省级', allowed: '区级、乡级、村级' }),
    );
  });
});
