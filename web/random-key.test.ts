import { describe, expect, it } from 'vitest';
import { randomKey } from './random-key.ts';

describe('randomKey', () => {
  it('is a version-4 UUID, a new one each time', () => {
    const keys = new Set(Array.from({ length: 1000 }, randomKey));
    expect(keys.size).toBe(1000);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
