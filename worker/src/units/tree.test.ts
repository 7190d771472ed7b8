import { describe, expect, it } from 'vitest';
import type { Unit } from './unit.ts';
import { inTreeOrder, mergeUnits } from './tree.ts';

const existing: Unit[] = [
  { code: 'D', name: '区', kind: 'district', parentCode: null, path: '/D/', sortOrder: 0, reports: false },
  { code: 'Z', name: '镇一', kind: 'township', parentCode: 'D', path: '/D/Z/', sortOrder: 1, reports: true },
  { code: 'A', name: '镇二', kind: 'township', parentCode: 'D', path: '/D/A/', sortOrder: 2, reports: true },
  { code: 'V', name: '村', kind: 'village', parentCode: 'Z', path: '/D/Z/V/', sortOrder: 3, reports: true },
];

describe('unit tree', () => {
  it('orders depth first, siblings as registered', () => {
    expect(inTreeOrder(existing).map((u) => u.code)).toEqual(['D', 'Z', 'V', 'A']);
  });

  it('moves a village with a new path, and rewrites only what changed', () => {
    const merged = mergeUnits(existing, [{ code: 'V', name: '村', kind: 'village', parentCode: 'A' }]);
    expect(merged).toEqual({
      units: [
        { code: 'V', name: '村', kind: 'village', parentCode: 'A', path: '/D/A/V/', sortOrder: 3, reports: true },
      ],
    });
  });

  it('reports by default except at the root, keeps what a unit was set to, and takes what the upsert says', () => {
    const given = existing.map((u) => (u.code === 'Z' ? { ...u, reports: false } : u));
    const merged = mergeUnits(given, [
      { code: 'Z', name: '镇一', kind: 'township', parentCode: 'D' },
      { code: 'V', name: '村', kind: 'village', parentCode: 'Z', reports: false },
      { code: 'N', name: '新村', kind: 'village', parentCode: 'A' },
      { code: 'D', name: '区', kind: 'district', parentCode: null, reports: true },
    ]);
    expect('units' in merged && merged.units.map((u) => [u.code, u.reports])).toEqual([
      ['D', true],
      ['Z', false],
      ['V', false],
      ['N', true],
    ]);
    const root = mergeUnits([], [{ code: 'R', name: '区', kind: 'district', parentCode: null }]);
    expect('units' in root && root.units.map((u) => u.reports)).toEqual([false]);
  });

  it('rewrites the paths of descendants when a township is re-parented under a new code', () => {
    const merged = mergeUnits(existing, [
      { code: 'D2', name: '新区', kind: 'district', parentCode: null },
      { code: 'Z', name: '镇一', kind: 'township', parentCode: 'D2' },
    ]);
    expect('units' in merged && merged.units.map((u) => [u.code, u.path])).toEqual([
      ['Z', '/D2/Z/'],
      ['V', '/D2/Z/V/'],
      ['D2', '/D2/'],
    ]);
  });

  it('refuses unknown parents, wrong kinds, cycles and repeats', () => {
    const problems = (input: Parameters<typeof mergeUnits>[1]) =>
      'problems' in mergeUnits(existing, input)
        ? (mergeUnits(existing, input) as { problems: { kind: string }[] }).problems.map((p) => p.kind)
        : [];
    expect(problems([{ code: 'X', name: 'x', kind: 'village', parentCode: 'NOPE' }])).toEqual(['unknown-parent']);
    expect(problems([{ code: 'X', name: 'x', kind: 'village', parentCode: 'D' }])).toEqual(['bad-parent-kind']);
    // 镇一 under its own village: a cycle, met from both of its units, and a township under a village.
    expect(problems([{ code: 'Z', name: '镇一', kind: 'township', parentCode: 'V' }])).toEqual([
      'cycle',
      'bad-parent-kind',
      'cycle',
    ]);
    expect(
      problems([
        { code: 'X', name: 'x', kind: 'township', parentCode: 'D' },
        { code: 'X', name: 'x', kind: 'township', parentCode: 'D' },
      ]),
    ).toEqual(['duplicate']);
  });
});
