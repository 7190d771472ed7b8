import type { Unit, UnitKind } from './unit.ts';

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  /** Absent: as it was, or for a new unit true except for the root. */
  reports?: boolean | undefined;
}

/** Which kinds may sit under which: the district at the root, villages under townships. */
const PARENT_KINDS: Record<UnitKind, readonly (UnitKind | null)[]> = {
  district: [null],
  township: ['district'],
  department: ['district'],
  village: ['township'],
};

export type TreeProblem =
  | { kind: 'unknown-parent'; code: string; parentCode: string }
  | { kind: 'bad-parent-kind'; code: string; unitKind: UnitKind; parentKind: UnitKind | null }
  | { kind: 'cycle'; code: string }
  | { kind: 'duplicate'; code: string };

/**
 * Merges an upsert into the existing tree and recomputes paths. Returns the units whose
 * row must be written (changed ones and every descendant of a moved one), or the problems.
 */
export function mergeUnits(
  existing: readonly Unit[],
  incoming: readonly UnitInput[],
): { units: Unit[] } | { problems: TreeProblem[] } {
  const problems: TreeProblem[] = [];
  const seen = new Set<string>();
  for (const u of incoming) {
    if (seen.has(u.code)) problems.push({ kind: 'duplicate', code: u.code });
    seen.add(u.code);
  }
  const byCode = new Map<string, UnitInput & { sortOrder: number; reports: boolean }>(
    existing.map((u) => [u.code, { ...u }]),
  );
  // A unit keeps whether it reports unless the upsert says so; a new one reports unless it is the root.
  incoming.forEach((u, i) => {
    const known = byCode.get(u.code);
    byCode.set(u.code, {
      ...u,
      sortOrder: known?.sortOrder ?? existing.length + i,
      reports: u.reports ?? known?.reports ?? u.parentCode !== null,
    });
  });

  const paths = new Map<string, string>();
  const pathOf = (code: string, trail: Set<string>): string | null => {
    const known = paths.get(code);
    if (known !== undefined) return known;
    const unit = byCode.get(code);
    if (!unit) return null;
    if (trail.has(code)) {
      problems.push({ kind: 'cycle', code });
      return null;
    }
    trail.add(code);
    let path: string | null;
    if (unit.parentCode === null) path = `/${code}/`;
    else {
      const parent = byCode.get(unit.parentCode);
      if (!parent) {
        problems.push({ kind: 'unknown-parent', code, parentCode: unit.parentCode });
        return null;
      }
      const parentPath = pathOf(unit.parentCode, trail);
      path = parentPath === null ? null : `${parentPath}${code}/`;
    }
    if (path !== null) paths.set(code, path);
    return path;
  };
  for (const u of byCode.values()) {
    pathOf(u.code, new Set());
    const parent = u.parentCode === null ? null : byCode.get(u.parentCode);
    // An unknown parent is said once, as unknown; its kind is not a second problem.
    if (parent === undefined) continue;
    const parentKind = parent?.kind ?? null;
    if (incoming.some((i) => i.code === u.code) && !PARENT_KINDS[u.kind].includes(parentKind)) {
      problems.push({ kind: 'bad-parent-kind', code: u.code, unitKind: u.kind, parentKind });
    }
  }
  if (problems.length > 0) return { problems };

  const before = new Map(existing.map((u) => [u.code, u]));
  const incomingCodes = new Set(incoming.map((u) => u.code));
  const units: Unit[] = [];
  for (const u of byCode.values()) {
    const path = paths.get(u.code) ?? '';
    const old = before.get(u.code);
    if (incomingCodes.has(u.code) || old?.path !== path) {
      units.push({
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentCode: u.parentCode,
        path,
        sortOrder: u.sortOrder,
        reports: u.reports,
      });
    }
  }
  return { units };
}

/**
 * Depth-first order with siblings in the order they were first registered (sort_order):
 * the district's own listing order, not the alphabetical order of codes.
 */
export function inTreeOrder<T extends Pick<Unit, 'code' | 'parentCode' | 'sortOrder'>>(units: readonly T[]): T[] {
  const codes = new Set(units.map((u) => u.code));
  const children = new Map<string | null, T[]>();
  for (const u of units) {
    const parent = u.parentCode !== null && codes.has(u.parentCode) ? u.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const ordered: T[] = [];
  const visit = (parent: string | null): void => {
    for (const u of (children.get(parent) ?? []).sort(
      (a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code),
    )) {
      ordered.push(u);
      visit(u.code);
    }
  };
  visit(null);
  return ordered;
}
