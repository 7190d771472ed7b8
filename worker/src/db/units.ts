import { inTreeOrder } from '../units/tree.ts';
import type { Unit } from '../units/unit.ts';

/** D1 returns the column as 0 or 1. */
type UnitRow = Omit<Unit, 'reports'> & { reports: number };
const unitOf = ({ reports, ...u }: UnitRow): Unit => ({ ...u, reports: reports === 1 });

const SELECT = 'SELECT code, name, kind, parent_code AS parentCode, path, sort_order AS sortOrder, reports FROM units';

export async function allUnits(db: D1Database): Promise<Unit[]> {
  return inTreeOrder((await db.prepare(SELECT).all<UnitRow>()).results.map(unitOf));
}

/** The units whose path starts with `path`: a unit and its whole subtree, in tree order (see inTreeOrder). */
export async function unitsUnder(db: D1Database, path: string): Promise<Unit[]> {
  // substr, not LIKE: unit codes may contain `_`, a LIKE wildcard.
  return inTreeOrder(
    (await db.prepare(`${SELECT} WHERE substr(path, 1, length(?1)) = ?1`).bind(path).all<UnitRow>()).results.map(
      unitOf,
    ),
  );
}

export async function unitByCode(db: D1Database, code: string): Promise<Unit | null> {
  const row = await db.prepare(`${SELECT} WHERE code = ?1`).bind(code).first<UnitRow>();
  return row && unitOf(row);
}

/** The top of the tree (the district). */
export async function rootUnit(db: D1Database): Promise<Unit | null> {
  const row = await db.prepare(`${SELECT} WHERE parent_code IS NULL ORDER BY path LIMIT 1`).first<UnitRow>();
  return row && unitOf(row);
}

/** Writes units (all or nothing); paths must already be computed for every unit given. */
export async function saveUnits(db: D1Database, units: readonly Unit[], now: string): Promise<void> {
  if (units.length === 0) return;
  const upsert = db.prepare(
    `INSERT INTO units (code, name, kind, parent_code, path, sort_order, reports, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code,
       path = excluded.path, sort_order = excluded.sort_order, reports = excluded.reports, updated_at = excluded.updated_at`,
  );
  // Paths are unique: park moved units on temporary paths first so swaps cannot collide.
  const park = db.prepare("UPDATE units SET path = '~' || code WHERE code = ?1");
  // Parents first (shorter paths): parent_code is a foreign key, and a unit may move under one
  // registered in the same request.
  const parentsFirst = [...units].sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  await db.batch([
    ...units.map((u) => park.bind(u.code)),
    ...parentsFirst.map((u) =>
      upsert.bind(u.code, u.name, u.kind, u.parentCode, u.path, u.sortOrder, u.reports ? 1 : 0, now),
    ),
  ]);
}
