import {
  activityCategories,
  type ActivityCategory,
  type RectificationRow,
  rectificationStatuses,
} from '#shared/index.ts';
import { alertHorizon, type CaseAlert, caseAlert } from '#shared/report/alerts.ts';
import type { CountedVersion } from '#shared/report/counted-version.ts';
import type { ReportSettings } from '#shared/api/schemas.ts';
import { addTally, type TalliedLedger, talliedLedgers } from '#shared/report/tallies.ts';
import { addTotals, emptyTotals, type Totals } from '#shared/report/totals.ts';
import {
  activitySums,
  alertCandidates,
  caseSums,
  type ChosenSubmission,
  chosenSubmissions,
  inspectionSums,
  type Range,
  type TallyGroup,
  tallyGroups,
} from '../db/consolidation.ts';
import { deadlineOverrides, submissionTimesUnder } from '../db/deadlines.ts';
import type { Unit } from '../units/unit.ts';
import { unitsUnder } from '../db/units.ts';
import { type StatusMatrix, statusMatrix } from '../status/matrix.ts';

export interface ScopeUnit extends Unit {
  /** 所属乡镇（部门）: the township or department the unit belongs to (itself for those). */
  group: string;
  chosen: ChosenSubmission | null;
  /** The version counted and a newer one returned, if any (see shared/report/counted-version.ts). */
  version: CountedVersion;
}

/** A unit with the figures of its counted version. */
export interface CountedUnit extends ScopeUnit {
  totals: Totals;
}

export interface Alert {
  unit: ScopeUnit;
  row: number;
  data: RectificationRow;
  alert: CaseAlert;
}

/**
 * Who and which versions a consolidation counts, and who reported when: a few queries over
 * units and submissions, none over rows, so the export's first bytes need nothing more.
 */
export interface ConsolidationScope {
  root: Unit;
  year: number;
  range: Range;
  today: string;
  units: ScopeUnit[];
  /** The chosen submissions' ids as a JSON array, in unit order (the `ord` of paged rows). */
  ids: string;
  byOrd: ScopeUnit[];
  status: StatusMatrix;
  settings: ReportSettings;
}

/** Everything the consolidated workbook shows except the ledger rows, which are paged later. */
export interface Consolidation extends ConsolidationScope {
  units: CountedUnit[];
  byOrd: CountedUnit[];
  alerts: Alert[];
  total: Totals;
  /** Each tallied ledger's groups (every unit, every combination of breakdown values), for 分类统计. */
  tallies: { ledger: TalliedLedger; groups: TallyGroup[] }[];
}

function groupName(unit: Unit, byCode: ReadonlyMap<string, Unit>): string {
  // Path '/district/township/village/': the second code is the township or department.
  const code = unit.path.split('/')[2];
  return code === undefined ? unit.name : (byCode.get(code)?.name ?? unit.name);
}

export interface ConsolidationOptions {
  year: number;
  range: Range;
  today: string;
  deadlineDay: number;
  settings: ReportSettings;
}

/** The scope of `root`'s subtree for a year and date range, as of `today`. */
export async function loadScope(
  db: D1Database,
  root: Unit,
  { year, range, today, deadlineDay, settings }: ConsolidationOptions,
): Promise<ConsolidationScope> {
  const [units, chosen, times, overrides] = await Promise.all([
    unitsUnder(db, root.path),
    chosenSubmissions(db, root.path, year),
    submissionTimesUnder(db, root.path, year),
    deadlineOverrides(db, year),
  ]);
  const byCode = new Map(units.map((u) => [u.code, u]));
  const chosenByUnit = new Map(chosen.map((c) => [c.unit_code, c]));
  // `times` come in version order, so the last one of a unit is its newest.
  const newest = new Map(times.map((t) => [t.unit_code, t]));
  const scope: ScopeUnit[] = units.map((u) => {
    const counted = chosenByUnit.get(u.code) ?? null;
    const latest = newest.get(u.code);
    const version = {
      counted: counted?.version ?? null,
      returned: latest && latest.returned_at !== null ? latest.version : null,
    };
    return { ...u, group: groupName(u, byCode), chosen: counted, version };
  });
  // `ord` follows the units' tree order, so ledger rows come out unit by unit in that order.
  const byOrd = scope.filter((u) => u.chosen !== null);
  const ids = JSON.stringify(byOrd.map((u) => u.chosen?.id));
  const status = statusMatrix(units, times, {
    year,
    months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    deadlineDay,
    overrides,
    today,
  });
  return { root, year, range, today, units: scope, ids, byOrd, status, settings };
}

/** The figures of a scope: sums per unit, 预警 and tallies, each one grouped query over the counted rows. */
export async function loadFigures(db: D1Database, scope: ConsolidationScope): Promise<Consolidation> {
  const { ids, range, today, settings } = scope;
  const units: CountedUnit[] = scope.units.map((u) => ({ ...u, totals: emptyTotals() }));
  const byOrd = units.filter((u) => u.chosen !== null);
  const [activity, cases, inspections, candidates, tallied] = await Promise.all([
    activitySums(db, ids, range, settings.familyHall),
    caseSums(db, ids, range, today),
    inspectionSums(db, ids, range),
    alertCandidates(db, ids, range, alertHorizon(today)),
    Promise.all(talliedLedgers.map((t) => tallyGroups(db, ids, range, t.def.key, t.tally))),
  ]);
  const tallies = talliedLedgers.map((ledger, i) => ({ ledger, groups: tallied[i] ?? [] }));
  for (const { ledger, groups } of tallies) {
    for (const g of groups) {
      const t = byOrd[g.ord]?.totals.tallies[ledger.def.key];
      if (t) addTally(t, g);
    }
  }
  for (const a of activity) {
    const unit = byOrd[a.ord];
    if (!unit || !activityCategories.includes(a.category as ActivityCategory)) continue;
    unit.totals.activity[a.category as ActivityCategory] = {
      rows: a.rows,
      participants: a.participants,
      materials: a.materials,
      newsReports: a.news,
      adoptedReports: a.adopted,
      hallRows: a.hall_rows,
      hallParticipants: a.hall_participants,
    };
  }
  for (const c of cases) {
    const t = byOrd[c.ord]?.totals.rectification;
    if (!t || !rectificationStatuses.includes(c.status as (typeof rectificationStatuses)[number])) continue;
    t.rows += c.rows;
    t.byStatus[c.status as (typeof rectificationStatuses)[number]] += c.rows;
    t.overdue += c.overdue;
    t.warningSessions += c.sessions;
    t.warningAttendance += c.attendance;
  }
  for (const i of inspections) {
    const unit = byOrd[i.ord];
    if (unit) unit.totals.inspection = { rows: i.rows, problemsFound: i.found, problemsFixed: i.fixed };
  }
  const alerts: Alert[] = [];
  for (const c of candidates) {
    const unit = byOrd[c.ord];
    const data = JSON.parse(c.data) as RectificationRow;
    const alert = caseAlert(data, today);
    if (unit && alert) alerts.push({ unit, row: c.row_number, data, alert });
  }
  const total = units.reduce((sum, u) => addTotals(sum, u.totals), emptyTotals());
  return { ...scope, units, byOrd, alerts, total, tallies };
}
