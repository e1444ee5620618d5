/**
 * The visit counts read from the visit rows themselves, in SQL: the KPIs' one definition of due,
 * delivered, late, short and two-carer (docs/visits.md "What counts"), used for a whole period when
 * the aggregate cannot answer, for the part-days and the still-judged tail beside it (./read.ts), and
 * to recompute a day of the aggregate (./store.ts).
 */
import type { VisitsConfig } from '../../config-visits';
import type { Queryable } from '../../db/connect';
import type { VisitDimension, VisitFilter, VisitGroup } from '../kpis';

export type Thresholds = Pick<VisitsConfig, 'lateMinutes' | 'shortShare'>;

/** The counts a span of visits adds up to; the report's figures follow from them (../kpis.ts). */
export interface VisitTally {
  due: number;
  delivered: number;
  late: number;
  short: number;
  twoCarer: number;
  twoCarerFewer: number;
}

export interface GroupTally {
  group: VisitGroup;
  tally: VisitTally;
}

export const MS_PER_MINUTE = 60_000;

/** The SQL of each dimension, and the column of the aggregate that holds it. */
export const DIMENSION_COLUMN: Record<VisitDimension, string> = {
  provider: 'provider_id',
  zone: 'zone_id',
  band: 'band',
};
const RAW_COLUMN: Record<VisitDimension, string> = {
  provider: 'v.provider_id',
  zone: 'p.zone_id',
  band: 'p.band',
};

export interface RawSpan {
  /** Visits planned in [from, to). */
  from: number;
  to: number;
  /**
   * A visit not delivered counts only when planned before this instant (asOf less the late
   * threshold: until then it is still planned); null: every visit counts (a day wholly judged).
   */
  dueBefore: number | null;
  groupBy: readonly VisitDimension[];
  filter: VisitFilter;
  settings: Thresholds;
}

/** Spans up to this long are read visits first (see `joined`). */
const VISITS_FIRST_MAX_MS = 2 * 86_400_000;

/**
 * Visits joined to their packages. A short span (a part-day, a day recomputed, today) is read visits
 * first, on the planned-start index: written as a cross join, which SQLite's planner takes in the
 * order written (an inner join let it start from every package and probe each one's visits, ~30 ms
 * at 5,000 packages for an empty part-day, growing with packages). A long span (the rows read
 * instead of the aggregate) keeps the inner join, whose package-first plan reads a year of a
 * county's visits ~3.5 times faster than a package look-up per visit. PostgreSQL plans both alike.
 */
function joined(db: Queryable, span: Pick<RawSpan, 'from' | 'to'>) {
  const visits = db('visits as v');
  if (span.to - span.from > VISITS_FIRST_MAX_MS) return visits.join('packages as p', 'p.id', 'v.package_id');
  return visits
    .joinRaw('cross join ?? as ??', ['packages', 'p'])
    .whereRaw('?? = ??', ['p.id', 'v.package_id']);
}

/** Tallies per group of the visits planned in the span, keyed as `groupKey` keys them. */
export async function rawTallies(db: Queryable, span: RawSpan): Promise<Map<string, GroupTally>> {
  const { groupBy, filter, settings, dueBefore } = span;
  const lateMs = settings.lateMinutes * MS_PER_MINUTE;
  const shortMsPerPlannedMinute = Math.round(settings.shortShare * MS_PER_MINUTE);
  const delivered = 'v.actual_start is not null';
  const q = joined(db, span)
    .where('v.planned_start', '>=', span.from)
    .where('v.planned_start', '<', span.to)
    .select(groupBy.map((d) => `${RAW_COLUMN[d]} as ${DIMENSION_COLUMN[d]}`))
    .select(
      db.raw('count(*) as due'),
      db.raw(`sum(case when ${delivered} then 1 else 0 end) as delivered`),
      db.raw('sum(case when v.actual_start > v.planned_start + ? then 1 else 0 end) as late', [lateMs]),
      db.raw(
        `sum(case when ${delivered} and v.actual_end - v.actual_start < v.planned_minutes * ? then 1 else 0 end) as short`,
        [shortMsPerPlannedMinute],
      ),
      db.raw(`sum(case when v.carers_planned >= 2 then 1 else 0 end) as two_carer`),
      db.raw(
        `sum(case when ${delivered} and v.carers_planned >= 2 and v.carers_present < v.carers_planned then 1 else 0 end) as two_carer_fewer`,
      ),
    );
  if (dueBefore !== null)
    q.where((w) => w.whereNotNull('v.actual_start').orWhere('v.planned_start', '<', dueBefore));
  if (filter.providerId !== undefined) q.where('v.provider_id', filter.providerId);
  if (filter.zoneId !== undefined) q.where('p.zone_id', filter.zoneId);
  if (filter.band !== undefined) q.where('p.band', filter.band);
  if (groupBy.length > 0) q.groupBy(groupBy.map((d) => RAW_COLUMN[d]));
  return tallyRows(await q, groupBy, 'due');
}

/** Rows of group columns and summed counts (`dueColumn` holds `due`) as tallies by group key. */
export function tallyRows(
  rows: Record<string, unknown>[],
  groupBy: readonly VisitDimension[],
  dueColumn: string,
): Map<string, GroupTally> {
  const out = new Map<string, GroupTally>();
  for (const r of rows) {
    const due = Number(r[dueColumn] ?? 0);
    if (due === 0) continue;
    const group = groupOf(r, groupBy);
    out.set(groupKey(group, groupBy), {
      group,
      tally: {
        due,
        delivered: Number(r.delivered ?? 0),
        late: Number(r.late ?? 0),
        short: Number(r.short ?? 0),
        twoCarer: Number(r.two_carer ?? 0),
        twoCarerFewer: Number(r.two_carer_fewer ?? 0),
      },
    });
  }
  return out;
}

function groupOf(r: Record<string, unknown>, groupBy: readonly VisitDimension[]): VisitGroup {
  return {
    ...(groupBy.includes('provider') ? { providerId: Number(r.provider_id) } : {}),
    ...(groupBy.includes('zone') ? { zoneId: String(r.zone_id) } : {}),
    ...(groupBy.includes('band') ? { band: String(r.band) } : {}),
  };
}

const VALUE: Record<VisitDimension, (g: VisitGroup) => unknown> = {
  provider: (g) => g.providerId,
  zone: (g) => g.zoneId,
  band: (g) => g.band,
};

export const groupKey = (g: VisitGroup, groupBy: readonly VisitDimension[]) =>
  groupBy.map((d) => String(VALUE[d](g))).join('|');

/** Adds `more` into `into`, group by group. */
export function addTallies(into: Map<string, GroupTally>, more: Map<string, GroupTally>): void {
  for (const [key, { group, tally }] of more) {
    const had = into.get(key);
    if (!had) into.set(key, { group, tally: { ...tally } });
    else for (const k of Object.keys(tally) as (keyof VisitTally)[]) had.tally[k] += tally[k];
  }
}

/**
 * The groups in the order of their dimensions as asked (provider by number, zone and band by
 * their text), as SQLite's GROUP BY gave them before the aggregate; PostgreSQL now gives the same.
 */
export function inGroupOrder(groups: GroupTally[], groupBy: readonly VisitDimension[]): GroupTally[] {
  const compare = (a: VisitGroup, b: VisitGroup) => {
    for (const d of groupBy) {
      const [x, y] = [VALUE[d](a), VALUE[d](b)];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
  return [...groups].sort((a, b) => compare(a.group, b.group));
}
