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
  type KpiCounts,
  type KpiDimension,
  type KpiGroup,
  type KpiSet,
  type OfferAggregate,
  type PickUpTargets,
} from './kpis';
import { awardEvents } from './award-events';
import { handBackAggregates } from './hand-back-events';
import { medianAndP90 } from './percentiles';
import { aggregatedKpis } from './aggregates/read';
import { heldPackages, type HeldPackages } from './held';
import { ANSWER_MS, answeredOffers, offerCounts, offerDeclines } from './offer-events';

export type { KpiFilter } from './grouping';

export interface KpiQuery {
  period: Period;
  groupBy: readonly KpiDimension[];
  filter?: KpiFilter;
  /** An accepted offer answered within this share of its window counts as quick. */
  quickResponseFraction: number;
  /** HAND_BACK_NOTICE_DAYS: a hand-back with less notice counts as without notice. */
  handBackNoticeDays: number;
  /** Split every group by the London day of its events (the aggregates' fold: ./grouping.ts `splitByDay`). */
  byDay?: boolean;
  /** With byDay, only these London days' events (the fold's dirty days: ./grouping.ts `inPeriod`). */
  onlyDays?: readonly string[];
  /**
   * For a reader of KpiCounts alone (`computeKpiCounts`): the stored histograms and reasons, the
   * answer times and the packages held are not read, and what they would give is not to be read.
   */
  countsOnly?: boolean;
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
  return (await aggregatedKpis(db, query, targets)) ?? kpisFromEvents(db, query, targets);
}

/**
 * The KPIs the summed counts alone give (KpiCounts), for each group with an event in the period:
 * a group that only holds packages now is not listed.
 */
export async function computeKpiCounts(
  db: Db,
  query: Omit<KpiQuery, 'countsOnly'>,
  targets: PickUpTargets,
): Promise<{ groups: { group: KpiGroup; kpis: KpiCounts }[]; notes: string[] }> {
  return computeKpis(db, { ...query, countsOnly: true }, targets);
}

/**
 * The same KPIs read from the whole period's events: where the aggregates cannot answer (a
 * funding-stream filter; an asOf before what is already folded), and as the benchmark's reference.
 */
export async function kpisFromEvents(db: Db, query: KpiQuery, targets: PickUpTargets): Promise<KpiResult> {
  const { groupBy } = query;
  const notes: string[] = [];
  const [offers, awards, handBacks, held] = await Promise.all([
    offerAggregates(db, query),
    awardEvents(db, query, notes),
    handBackAggregates(db, query, notes),
    query.countsOnly === true ? grouped<HeldPackages>() : heldPackages(db, query),
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

/** Offers sent in the period, per group (./offer-events.ts). */
async function offerAggregates(db: Db, query: KpiQuery): Promise<Grouped<OfferAggregate>> {
  const { groupBy } = query;
  const counts = await offerCounts(db, query, groupBy);
  const declines = await offerDeclines(db, query, groupBy);
  const times =
    query.countsOnly === true ? new Map() : await responseTimes(db, answeredOffers(db, query), groupBy);
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
  const value = ANSWER_MS;
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

/** Every provider's name by id (the KPI report names its groups). */
export async function providerNames(db: Db): Promise<Map<number, string>> {
  const rows: { id: number; name: string }[] = await db('providers').select('id', 'name');
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}
