import { describe, expect, it } from 'vitest';
import { scopeWording } from './scope-wording.ts';

describe('scopeWording', () => {
  it.each([
    ['district', '西秀区', '全区', '全区性'],
    ['township', '七眼桥镇', '全镇', '全镇性'],
    ['township', '杨武乡', '全乡', '全乡性'],
    ['township', '新安街道', '全街道', '全街道性'],
    ['township', '新镇街道', '全街道', '全街道性'],
    ['township', '黄果树管委会', '本单位', '本单位'],
    ['department', '区教育局', '本单位', '本单位'],
    ['village', '本寨村', '本单位', '本单位'],
  ] as const)('%s %s → %s / %s', (kind, name, scope, scopeWide) => {
    expect(scopeWording({ kind, name })).toEqual({ scope, scopeWide });
  });
});
