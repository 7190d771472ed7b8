import { describe, expect, it } from 'vitest';
import { columnPixels, columnPoints } from './column-width.ts';

describe('column widths at 宋体 / 等线 11', () => {
  it("give Excel's own figures: the default column of 8.38 characters is 72 pixels", () => {
    // The file stores 8.38 characters plus 5 pixels of padding as 2305/256 (ECMA-376 §18.3.1.13).
    expect(columnPixels(2305 / 256)).toBe(72);
    expect(columnPixels(20)).toBe(160);
    expect(columnPoints(20)).toBe(120);
    // Calibri's 7-pixel digit, which the add-in used before, made the same column 145 pixels.
    expect(columnPoints(20)).toBeGreaterThan(((20 * 7 + 5) * 0.75 * 4) / 4);
  });
});
