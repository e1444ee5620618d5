/**
 * Reads the KPI aggregates for a period, grouped by any of provider, zone and band (none =
 * county-wide), from the recorded events (offers, brokerage episodes, packages). Counts are
 * aggregated in SQL; percentiles in SQL where the engine has them, else over the one fetched
 * numeric column (src/db/dialect.ts decides). Only what was known before `period.asOf` counts.
 */
import type { Knex } from 'knex';
import { londonDate } from '../../calendar/dates';
import type { Period } from '../../calendar/periods';
import type { Db } from '../../db/connect';
import { percentileSql } from '../../db/dialect';
import {
  dimensionColumns,
  dimensions,
  filtered,
  grouped,
  groupOf,
  keyOf,
  n,
  type Grouped,
  type KpiFilter,
  type Row,
} from './grouping';
import {
  assembleKpis,
  EMPTY_OFFERS,
  type KpiDimension,
  type KpiGroup,
  type KpiSet,
  type OfferAggregate,
  type PickUpTargets,
} from './kpis';
import { awardEvents } from './award-events';
import { handBackAggregates } from './hand-back-events';
import { medianAndP90 } from './percentiles';

export type { KpiFilter } from './grouping';

export interface KpiQuery {
  period: Period;
  groupBy: readonly KpiDimension[];
  filter?: KpiFilter;
  /** An accepted offer answered within this share of its window counts as quick. */
  quickResponseFraction: number;
  /** HAND_BACK_NOTICE_DAYS: a hand-back with less notice counts as without notice. */
  handBackNoticeDays: number;
}

export interface GroupKpis {
  group: KpiGroup;
  kpis: KpiSet;
}

/** The KPIs of each group, and a note for each stored record the figures had to leave out. */
export interface KpiResult {
  groups: GroupKpis[];
  notes: string[];
}

/**
 * Every KPI of the period for each group that has any event. Give it the pool, not a transaction:
 * the four sources are read concurrently (on PostgreSQL, on separate connections).
 */
export async function computeKpis(db: Db, query: KpiQuery, targets: PickUpTargets): Promise<KpiResult> {
  const { groupBy } = query;
  const notes: string[] = [];
  const [offers, awards, handBacks, held] = await Promise.all([
    offerAggregates(db, query),
    awardEvents(db, query, notes),
    handBackAggregates(db, query, notes),
    heldPackages(db, query),
  ]);
  const groups = new Map<string, KpiGroup>();
  for (const source of [offers.groups, awards.groups, handBacks.groups, held.groups]) {
    for (const [key, group] of source) if (!groups.has(key)) groups.set(key, group);
  }
  if (groupBy.length === 0) groups.set('', {});
  const asOfDate = londonDate(query.period.asOf);
  const rows = [...groups].map(([key, group]) => ({
    group,
    kpis: assembleKpis(
      {
        offers: offers.values.get(key),
        awards: awards.values.get(key),
        handBacks: handBacks.values.get(key),
        held: held.values.get(key),
      },
      targets,
      asOfDate,
    ),
  }));
  return { groups: rows, notes };
}

/** Offers sent in the period; see docs/quality-score.md "KPIs" for which offers count as decided. */
async function offerAggregates(db: Db, query: KpiQuery): Promise<Grouped<OfferAggregate>> {
  const { period, groupBy } = query;
  const end = Math.min(period.to, period.asOf);
  const asOf = period.asOf;
  // Integer arithmetic on both engines: quick ⇔ (answer − sent) × 1000 ≤ (deadline − sent) × round(fraction × 1000).
  const quick = Math.round(query.quickResponseFraction * 1000);
  const answered = 'o.responded_at is not null and o.responded_at < ?';
  const base = () =>
    filtered(
      db('offers as o').where('o.sent_at', '>=', period.from).where('o.sent_at', '<', end),
      'offers',
      query.filter,
    );
  const counts: Row[] = await dimensions(base(), 'offers', groupBy).select(
    db.raw('count(*) as received'),
    db.raw(
      `sum(case when (${answered}) or (o.responded_at is null and o.status in ('expired', 'pending') and o.deadline_at <= ?) then 1 else 0 end) as decided`,
      [asOf, asOf],
    ),
    db.raw(`sum(case when ${answered} and o.responded_at <= o.deadline_at then 1 else 0 end) as responded`, [
      asOf,
    ]),
    db.raw(`sum(case when ${answered} and o.status <> 'declined' then 1 else 0 end) as accepted`, [asOf]),
    db.raw(
      `sum(case when ${answered} and o.status <> 'declined' and (o.responded_at - o.sent_at) * 1000 <= (o.deadline_at - o.sent_at) * ${quick} then 1 else 0 end) as quick`,
      [asOf],
    ),
    db.raw(
      `sum(case when o.responded_at is null and o.status in ('expired', 'pending') and o.deadline_at <= ? then 1 else 0 end) as expired`,
      [asOf],
    ),
  );
  const declines: Row[] = await dimensions(base(), 'offers', groupBy)
    .where('o.status', 'declined')
    .where('o.responded_at', '<', asOf)
    .select('o.decline_reason as reason', db.raw('count(*) as n'))
    .groupBy('o.decline_reason');
  const times = await responseTimes(
    db,
    base().whereNotNull('o.responded_at').where('o.responded_at', '<', asOf),
    groupBy,
  );
  const out = grouped<OfferAggregate>();
  for (const r of counts) {
    const key = keyOf(r, groupBy);
    if (n(r.received) === 0) continue;
    out.groups.set(key, groupOf(r, groupBy));
    out.values.set(key, {
      ...EMPTY_OFFERS,
      received: n(r.received),
      decided: n(r.decided),
      respondedInWindow: n(r.responded),
      accepted: n(r.accepted),
      quickAccepted: n(r.quick),
      expired: n(r.expired),
      declinedByReason: {},
      responseMs: times.get(key) ?? { median: null, p90: null },
    });
  }
  for (const r of declines) {
    const agg = out.values.get(keyOf(r, groupBy));
    if (!agg) continue;
    agg.declined += n(r.n);
    agg.declinedByReason[String(r.reason ?? 'unspecified')] = n(r.n);
  }
  return out;
}

/** Median and p90 of answer time per group: in SQL where the engine can, else over the fetched column. */
async function responseTimes(db: Db, answered: Knex.QueryBuilder, groupBy: readonly KpiDimension[]) {
  const value = '(o.responded_at - o.sent_at)';
  const median = percentileSql(db, 0.5, value);
  const p90 = percentileSql(db, 0.9, value);
  const result = new Map<string, { median: number | null; p90: number | null }>();
  if (median !== null && p90 !== null) {
    const rows: Row[] = await dimensions(answered, 'offers', groupBy).select(
      db.raw(`${median} as median`),
      db.raw(`${p90} as p90`),
    );
    for (const r of rows) result.set(keyOf(r, groupBy), { median: Number(r.median), p90: Number(r.p90) });
    return result;
  }
  const rows: Row[] = await answered
    .select(...dimensionColumns('offers', groupBy))
    .select(db.raw(`${value} as v`));
  const values = new Map<string, number[]>();
  for (const r of rows) {
    const key = keyOf(r, groupBy);
    const list = values.get(key);
    if (list) list.push(Number(r.v));
    else values.set(key, [Number(r.v)]);
  }
  for (const [key, list] of values) result.set(key, medianAndP90(list));
  return result;
}

/** Packages awarded or in care now, and their weekly hours (a point-in-time count, not a period one). */
async function heldPackages(db: Db, query: KpiQuery) {
  const q = filtered(
    db('packages as p').whereIn('p.status', ['awarded', 'active']).whereNotNull('p.provider_id'),
    'packages',
    query.filter,
  );
  const rows: Row[] = await dimensions(q, 'packages', query.groupBy).select(
    db.raw('count(*) as n'),
    db.raw('sum(p.weekly_minutes) as minutes'),
  );
  const out = grouped<{ packages: number; weeklyMinutes: number }>();
  for (const r of rows) {
    if (n(r.n) === 0) continue;
    const key = keyOf(r, query.groupBy);
    out.groups.set(key, groupOf(r, query.groupBy));
    out.values.set(key, { packages: n(r.n), weeklyMinutes: n(r.minutes) });
  }
  return out;
}

/** Every provider's name by id (the KPI report names its groups). */
export async function providerNames(db: Db): Promise<Map<number, string>> {
  const rows: { id: number; name: string }[] = await db('providers').select('id', 'name');
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}
