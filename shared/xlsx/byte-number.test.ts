import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainDecimal, parseUintBytes } from './byte-number.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parsePlainDecimal', () => {
  it('equals Number(text) for every plain decimal it accepts', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{0,8}$/)))
      .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const b = bytes(text);
        // Up to 15 digits the fast path must answer, and exactly; beyond, it must hand over.
        const digits = text.replace(/[^0-9]/g, '').length;
        expect(parsePlainDecimal(b, 0, b.length), text).toBe(digits <= 15 ? Number(text) : Number.NaN);
      }),
      { numRuns: 2000 },
    );
    expect(parsePlainDecimal(bytes('1109.22'), 0, 7)).toBe(1109.22);
    expect(parsePlainDecimal(bytes('0.1'), 0, 3)).toBe(0.1);
  });

  it('hands anything else to the slow path (NaN)', () => {
    for (const text of ['', '-', '1e5', '1.2.3', ' 1', '+1', '1234567890123456', 'NaN']) {
      const b = bytes(text);
      expect(parsePlainDecimal(b, 0, b.length), text).toBeNaN();
    }
  });
});

describe('parseUintBytes', () => {
  it('reads digits and rejects the rest', () => {
    expect(parseUintBytes(bytes('1048576'), 0, 7)).toBe(1048576);
    expect(parseUintBytes(bytes('12a'), 0, 3)).toBe(-1);
    expect(parseUintBytes(bytes(''), 0, 0)).toBe(-1);
  });
});
