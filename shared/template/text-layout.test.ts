import { describe, expect, it } from 'vitest';
import { displayWidth, lineCount, linesHeight, rowHeight } from './text-layout.ts';

describe('displayWidth', () => {
  it('counts CJK and full-width characters two, the rest one, a surrogate pair once', () => {
    expect(displayWidth('七眼桥镇')).toBe(8);
    expect(displayWidth('乡镇（街道）')).toBe(12);
    expect(displayWidth('A-1 2026')).toBe(8);
    // Half-width katakana (U+FF71) is narrow; an emoji outside the BMP is one character.
    expect(displayWidth('😀汉a，ｱ')).toBe(7);
    expect(displayWidth('')).toBe(0);
  });
});

describe('lineCount', () => {
  it('wraps at the column width less its padding, and counts the text’s own line breaks', () => {
    expect(lineCount('汉'.repeat(9), 19)).toBe(1);
    expect(lineCount('汉'.repeat(10), 19)).toBe(2);
    expect(lineCount('行1\n行2', 40)).toBe(2);
    // Each part wraps on its own; an empty part (a trailing or doubled break) is a line.
    expect(lineCount(`${'汉'.repeat(10)}\n${'汉'.repeat(19)}`, 19)).toBe(5);
    expect(lineCount('a\n', 10)).toBe(2);
    expect(lineCount('a\n\nb', 10)).toBe(3);
    expect(lineCount('', 10)).toBe(1);
  });
});

describe('rowHeight', () => {
  it('is the height of the cell with the most lines, one line at least', () => {
    expect(
      rowHeight([
        ['短', 20],
        ['汉'.repeat(10), 19],
      ]),
    ).toBe(linesHeight(2));
    expect(rowHeight([])).toBe(linesHeight(1));
    expect(linesHeight(0)).toBe(linesHeight(1));
    expect(linesHeight(2)).toBeGreaterThan(linesHeight(1));
  });
});
