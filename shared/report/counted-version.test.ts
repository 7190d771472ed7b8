import { describe, expect, it } from 'vitest';
import { countedVersionLabel } from './counted-version.ts';

describe('the counted version, in words', () => {
  it('names the version counted, and a newer returned one awaiting resubmission', () => {
    expect(countedVersionLabel({ counted: 1, returned: null })).toBe('第1版');
    expect(countedVersionLabel({ counted: 1, returned: 2 })).toBe('第1版（第2版已退回，待重报）');
    expect(countedVersionLabel({ counted: null, returned: 1 })).toBe('无有效版本（第1版已退回，待重报）');
    expect(countedVersionLabel({ counted: null, returned: null })).toBe('未报送');
  });
});
