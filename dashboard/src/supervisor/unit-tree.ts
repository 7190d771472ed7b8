import type { StatusMatrix } from '#shared/api/schemas.ts';

export type StatusUnit = StatusMatrix['units'][number];
export interface TreeRow {
  readonly unit: StatusUnit;
  readonly depth: number;
  readonly children: number;
}

/**
 * The rows to show, in tree order: the scope's top and its direct units always, deeper units
 * (villages) only under an expanded parent.
 */
export function visibleRows(units: readonly StatusUnit[], expanded: ReadonlySet<string>): TreeRow[] {
  const codes = new Set(units.map((u) => u.code));
  const children = new Map<string, StatusUnit[]>();
  for (const u of units)
    if (u.parentCode !== null && codes.has(u.parentCode))
      children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u]);
  const rows: TreeRow[] = [];
  const walk = (unit: StatusUnit, depth: number): void => {
    const kids = children.get(unit.code) ?? [];
    rows.push({ unit, depth, children: kids.length });
    if (depth === 0 || expanded.has(unit.code)) for (const kid of kids) walk(kid, depth + 1);
  };
  for (const top of units.filter((u) => u.parentCode === null || !codes.has(u.parentCode))) walk(top, 0);
  return rows;
}
