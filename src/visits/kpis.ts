/**
 * Visit KPIs (docs/visits.md "KPIs"): per provider, zone and/or band, over visits planned in a
 * period, counted in SQL so that a county-year of visits is one aggregate query. The same counts
 * feed the quality score through `visitPunctuality` (docs/quality-score.md "Visit punctuality").
 */
import type { VisitsConfig } from '../config-visits';
import type { Queryable } from '../db/connect';
import type { Period } from '../calendar/periods';

export const VISIT_DIMENSIONS = ['provider', 'zone', 'band'] as const;
export type VisitDimension = (typeof VISIT_DIMENSIONS)[number];

const COLUMN: Record<VisitDimension, string> = {
  provider: 'v.provider_id',
  zone: 'p.zone_id',
  band: 'p.band',
};

export interface VisitFilter {
  providerId?: number;
  zoneId?: string;
  band?: string;
}

export interface VisitCounts {
  /** Visits planned in the period that are due: delivered, or missed (not still to come). */
  due: number;
  delivered: number;
  missed: number;
  late: number;
  short: number;
  twoCarerVisits: number;
  /** Two-carer visits delivered with fewer carers than planned. */
  twoCarerWithFewer: number;
  /** Delivered and not late; `punctualPct` is this over `due`. */
  punctual: number;
  punctualPct: number | null;
}

export interface VisitGroup {
  providerId?: number;
  zoneId?: string;
  band?: string;
}

const MS_PER_MINUTE = 60_000;
const pct = (n: number, d: number) => (d > 0 ? Math.round((1000 * n) / d) / 10 : null);

/** Counts per group of the visits planned in [period.from, period.to), judged at period.asOf. */
export async function visitCounts(
  db: Queryable,
  input: {
    period: Period;
    groupBy: readonly VisitDimension[];
    filter: VisitFilter;
    settings: Pick<VisitsConfig, 'lateMinutes' | 'shortShare'>;
  },
): Promise<{ group: VisitGroup; counts: VisitCounts }[]> {
  const { period, groupBy, filter, settings } = input;
  const lateMs = settings.lateMinutes * MS_PER_MINUTE;
  const shortMsPerPlannedMinute = Math.round(settings.shortShare * MS_PER_MINUTE);
  const delivered = 'v.actual_start is not null';
  const q = db('visits as v')
    .join('packages as p', 'p.id', 'v.package_id')
    .where('v.planned_start', '>=', period.from)
    .where('v.planned_start', '<', period.to)
    .where((w) => w.whereNotNull('v.actual_start').orWhere('v.planned_start', '<', period.asOf - lateMs))
    .select(groupBy.map((d) => `${COLUMN[d]} as ${d}`))
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
  if (filter.providerId !== undefined) q.where('v.provider_id', filter.providerId);
  if (filter.zoneId !== undefined) q.where('p.zone_id', filter.zoneId);
  if (filter.band !== undefined) q.where('p.band', filter.band);
  if (groupBy.length > 0) q.groupBy(groupBy.map((d) => COLUMN[d]));
  const rows: Record<string, unknown>[] = await q;
  return rows
    .filter((r) => Number(r.due) > 0)
    .map((r) => ({ group: groupOf(r, groupBy), counts: countsOf(r) }));
}

function groupOf(r: Record<string, unknown>, groupBy: readonly VisitDimension[]): VisitGroup {
  return {
    ...(groupBy.includes('provider') ? { providerId: Number(r.provider) } : {}),
    ...(groupBy.includes('zone') ? { zoneId: String(r.zone) } : {}),
    ...(groupBy.includes('band') ? { band: String(r.band) } : {}),
  };
}

function countsOf(r: Record<string, unknown>): VisitCounts {
  const due = Number(r.due);
  const delivered = Number(r.delivered ?? 0);
  const late = Number(r.late ?? 0);
  return {
    due,
    delivered,
    missed: due - delivered,
    late,
    short: Number(r.short ?? 0),
    twoCarerVisits: Number(r.two_carer ?? 0),
    twoCarerWithFewer: Number(r.two_carer_fewer ?? 0),
    punctual: delivered - late,
    punctualPct: pct(delivered - late, due),
  };
}

/** Punctuality of one provider in one zone over the score window: the score's one read of visits. */
export interface Punctuality {
  /** Visits due in the window (delivered or missed). */
  due: number;
  /** Of those, delivered no later than the late threshold. */
  punctual: number;
}

/**
 * The seam between visit records and the quality score (docs/quality-score.md "Visit
 * punctuality"): each provider's punctuality per zone over the score window, keyed
 * 'providerId|zoneId'. A provider and zone with no visits due is absent.
 */
export async function visitPunctuality(
  db: Queryable,
  input: { period: Period; settings: Pick<VisitsConfig, 'lateMinutes' | 'shortShare'> },
): Promise<Map<string, Punctuality>> {
  const groups = await visitCounts(db, { ...input, groupBy: ['provider', 'zone'], filter: {} });
  return new Map(
    groups.map(({ group, counts }) => [
      `${group.providerId}|${group.zoneId}`,
      { due: counts.due, punctual: counts.punctual },
    ]),
  );
}
