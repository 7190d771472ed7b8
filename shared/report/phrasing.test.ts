import { describe, expect, it } from 'vitest';
import { reportPhrase } from './phrasing.ts';

describe('reportPhrase: two significant digits, rounded down, 余 when cut, 万 from 10 000', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [9, '9'],
    [10, '10'],
    [11, '10余'],
    [12, '10余'],
    [50, '50'],
    [99, '90余'],
    [100, '100'],
    [101, '100余'],
    [110, '110'],
    [999, '990余'],
    [1200, '1200'],
    [1234, '1200余'],
    [9999, '9900余'],
    [10000, '1万'],
    [10001, '1万余'],
    [15000, '1.5万'],
    [15234, '1.5万余'],
    [99999, '9.9万余'],
    [100000, '10万'],
    [123456, '12万余'],
    [1000000, '100万'],
  ])('%i → %s', (n, phrase) => {
    expect(reportPhrase(n)).toBe(phrase);
  });
});
