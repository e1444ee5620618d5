/**
 * The coverage report's aggregates, read in SQL from the recorded events (brokerage episodes and
 * their packages): what was placed and what was waiting at `asOf`, awards and hand-backs in the
 * period. Every query is grouped by zone (and one more key); nothing fetches whole rows, and the
 * only column fetched row by row is the one a percentile needs (quantile-queries.ts, SQLite only).
 * The definitions are in docs/reports.md "Coverage report".
 */
import type { Knex } from 'knex';
import { londonDaySql } from '../calendar/london-day';
import type { Period } from '../calendar/periods';
import type { Queryable } from '../db/connect';
import { withPlainPlans } from '../db/dialect';
import type { PickUpTargets } from '../performance/kpis/kpis';
import type { FundingStream } from '../packages/model';
import { isBand } from '../pricing/bands';
import type { RateCard } from '../pricing/rate-card';
import { aggregateWithQuantiles } from './quantile-queries';
import { IMPORTED_EPISODE } from '../allocation/queries/episodes';

type Row = Record<string, unknown>;

/** Only the packages of one funding stream, when a report is split by it (`fundingStream`). */
export function inStream(q: Knex.QueryBuilder, stream: FundingStream | undefined): Knex.QueryBuilder {
  return stream === undefined ? q : q.where('p.funding_stream', stream);
}
const n = (v: unknown) => Number(v ?? 0);

/**
 * Placed packages at asOf, per zone and band. The rate each is paid on the report's day
 * (docs/specification/rates-and-costs.md §3.9) is its negotiated rate, else the card's rate for the
 * band: the query sums minutes × negotiated rate exactly, and the minutes that follow the card;
 * `ratePenceTimesMinutes` is filled in with the card (withRatesInForce).
 */
export interface PlacedRow {
  zoneId: string;
  band: string;
  packages: number;
  inCare: number;
  weeklyMinutes: number;
  /** Σ rate paid × weekly minutes, exact (integers). */
  ratePenceTimesMinutes: number;
  /** Minutes of the packages that follow the card, and (if no card is in force) their intake rate × minutes. */
  cardWeeklyMinutes: number;
  cardFollowersIntakeRateMinutes: number;
  negotiatedRateMinutes: number;
  chcPackages: number;
  chcWeeklyMinutes: number;
}

/** Prices the card-following minutes at the card in force (or, before any card, at their intake rates). */
export function withRatesInForce(rows: readonly PlacedRow[], card: RateCard | undefined): PlacedRow[] {
  return rows.map((r) => {
    const cardRate = card && isBand(r.band) ? card.rates[r.band] : undefined;
    const cardPart =
      cardRate === undefined ? r.cardFollowersIntakeRateMinutes : cardRate * r.cardWeeklyMinutes;
    return { ...r, ratePenceTimesMinutes: cardPart + r.negotiatedRateMinutes };
  });
}

/** Packages waiting (brokering or unplaced) at asOf, per zone and urgency. */
export interface WaitingRow {
  zoneId: string;
  urgency: string;
  packages: number;
  weeklyMinutes: number;
  /** Of them, how many had been through every automatic round without an award (the officers' queue). */
  unplaced: number;
  /** The earliest opening of a waiting episode: the longest wait is asOf minus this. */
  oldestOpenedAt: number;
}

/** Awards made in the period, per zone, urgency and the kind of round that won. */
export interface AwardRow {
  zoneId: string;
  urgency: string;
  roundKind: string;
  awards: number;
  withinTarget: number;
}

export interface HandBackRow {
  zoneId: string;
  band: string;
  reason: string;
  count: number;
  weeklyMinutes: number;
}

/** Episode e of package p holds the package at T: awarded before T, not handed back nor closed by then. */
function placedAt(db: Queryable, asOf: number) {
  return db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .where('e.awarded_at', '<', asOf)
    .where((q) => q.whereNull('e.handed_back_at').orWhere('e.handed_back_at', '>=', asOf))
    .where((q) => q.whereNull('p.closed_at').orWhere('p.closed_at', '>=', asOf));
}

/** Episode e is open at T: opened before T, no award before T, package not closed by then. */
function waitingAt(db: Queryable, asOf: number) {
  return db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .where('e.opened_at', '<', asOf)
    .where((q) => q.whereNull('e.awarded_at').orWhere('e.awarded_at', '>=', asOf))
    .where((q) => q.whereNull('p.closed_at').orWhere('p.closed_at', '>=', asOf));
}

/**
 * The negotiated rate in force on `day` for package p, joined as n (none: n's columns are null).
 * The rates in force are picked among the negotiated rates first and then joined by package: a
 * subquery in the join's condition ran once per placed package (361,000 times at 100× history, most
 * of the placed read's time on PostgreSQL) to find, mostly, that there was none.
 */
function joinNegotiatedOn(db: Knex, q: Knex.QueryBuilder, day: string): Knex.QueryBuilder {
  const inForce = db('negotiated_rates as n1')
    .select('n1.package_id', 'n1.hourly_rate_pence')
    .where(
      'n1.applies_from',
      db.raw(
        '(select max(n2.applies_from) from negotiated_rates n2 where n2.package_id = n1.package_id and n2.applies_from <= ?)',
        [day],
      ),
    );
  return q.leftJoin(inForce.as('n'), 'n.package_id', 'p.id');
}

export async function placedAggregates(
  db: Knex,
  at: { asOf: number; day: string },
  stream?: FundingStream,
): Promise<PlacedRow[]> {
  const { asOf, day } = at;
  const follows = 'n.hourly_rate_pence is null';
  // A scan of the history's episodes and packages: plain plans (src/db/dialect.ts withPlainPlans).
  const rows: Row[] = await withPlainPlans(db, (db) =>
    joinNegotiatedOn(db, inStream(placedAt(db, asOf), stream), day)
      .select('p.zone_id', 'p.band')
      .select(
        db.raw('count(*) as packages'),
        db.raw('sum(case when e.care_started_at < ? then 1 else 0 end) as in_care', [asOf]),
        db.raw('sum(p.weekly_minutes) as minutes'),
        db.raw(`sum(case when ${follows} then p.weekly_minutes else 0 end) as card_minutes`),
        db.raw(
          `sum(case when ${follows} then cast(p.hourly_rate_pence as bigint) * p.weekly_minutes else 0 end) as intake_rate_minutes`,
        ),
        db.raw(
          `sum(case when ${follows} then 0 else cast(n.hourly_rate_pence as bigint) * p.weekly_minutes end) as negotiated_rate_minutes`,
        ),
        db.raw(`sum(case when p.funding_stream = 'chc' then 1 else 0 end) as chc`),
        db.raw(`sum(case when p.funding_stream = 'chc' then p.weekly_minutes else 0 end) as chc_minutes`),
      )
      .groupBy('p.zone_id', 'p.band'),
  );
  return rows.map((r) => ({
    zoneId: String(r.zone_id),
    band: String(r.band),
    packages: n(r.packages),
    inCare: n(r.in_care),
    weeklyMinutes: n(r.minutes),
    ratePenceTimesMinutes: 0,
    cardWeeklyMinutes: n(r.card_minutes),
    cardFollowersIntakeRateMinutes: n(r.intake_rate_minutes),
    negotiatedRateMinutes: n(r.negotiated_rate_minutes),
    chcPackages: n(r.chc),
    chcWeeklyMinutes: n(r.chc_minutes),
  }));
}

export async function waitingAggregates(db: Knex, asOf: number, stream?: FundingStream) {
  const { rows, quantiles } = await aggregateWithQuantiles(db, {
    base: (q) => inStream(waitingAt(q, asOf), stream),
    keys: { zone: 'p.zone_id' },
    by: { urgency: 'p.urgency' },
    aggregate: (q) =>
      q.select(
        db.raw('count(*) as n'),
        db.raw('sum(p.weekly_minutes) as minutes'),
        db.raw('sum(case when e.unplaced_at < ? then 1 else 0 end) as unplaced', [asOf]),
        db.raw('min(e.opened_at) as oldest'),
      ),
    value: `(${Number(asOf)} - e.opened_at)`,
    groupings: { zone: ['zone'], county: [] },
  });
  return {
    rows: rows.map((r): WaitingRow => ({
      zoneId: String(r.zone),
      urgency: String(r.urgency),
      packages: n(r.n),
      weeklyMinutes: n(r.minutes),
      unplaced: n(r.unplaced),
      oldestOpenedAt: n(r.oldest),
    })),
    /** Wait in ms, per zone id and county-wide (key ''). */
    waitMs: quantiles,
  };
}

/**
 * Awards in the period (made before asOf), by the package's zone. A package imported in care was not
 * picked up through the service (docs/imports.md): its episode is no award here.
 */
function awardsIn(db: Queryable, period: Period) {
  return db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .whereNot('e.opened_because', IMPORTED_EPISODE)
    .where('e.awarded_at', '>=', period.from)
    .where('e.awarded_at', '<', Math.min(period.to, period.asOf));
}

export async function awardAggregates(
  db: Knex,
  period: Period,
  targets: PickUpTargets,
  stream?: FundingStream,
) {
  // Day numbers in England, for the years the awards and their openings can fall in.
  const fromYear = new Date(period.from).getUTCFullYear() - 5;
  const toYear = new Date(Math.min(period.to, period.asOf)).getUTCFullYear() + 1;
  const day = (column: string) => londonDaySql(column, fromYear, toYear);
  // Targets are whole days (config); written in, since a bound CASE parameter has no type on PostgreSQL.
  const [standard, urgent] = [targets.standard, targets.urgent].map((d) => {
    if (!Number.isSafeInteger(d)) throw new RangeError(`pick-up target must be whole days, got ${d}`);
    return d;
  });
  const withinTarget =
    `sum(case when ${day('e.awarded_at')} <= ${day('e.opened_at')} + ` +
    `(case when p.urgency = 'standard' then ${standard} else ${urgent} end) then 1 else 0 end)`;
  const { rows, quantiles } = await aggregateWithQuantiles(db, {
    base: (q) => inStream(awardsIn(q, period), stream),
    keys: { zone: 'p.zone_id', urgency: 'p.urgency' },
    by: { award_round_kind: 'e.award_round_kind' },
    aggregate: (q) => q.select(db.raw('count(*) as n'), db.raw(`${withinTarget} as within_target`)),
    value: '(e.awarded_at - e.opened_at)',
    groupings: { zoneUrgency: ['zone', 'urgency'], zone: ['zone'], urgency: ['urgency'], county: [] },
  });
  return {
    rows: rows.map((r): AwardRow => ({
      zoneId: String(r.zone),
      urgency: String(r.urgency),
      roundKind: String(r.award_round_kind ?? 'unknown'),
      awards: n(r.n),
      withinTarget: n(r.within_target),
    })),
    /** Pick-up in ms, keyed 'zone|urgency', 'zone', 'urgency' and '' (county). */
    pickUpMs: quantiles,
  };
}

export async function handBackAggregates(
  db: Knex,
  period: Period,
  stream?: FundingStream,
): Promise<HandBackRow[]> {
  const rows: Row[] = await withPlainPlans(db, (db) =>
    inStream(db('brokerage_episodes as e').join('packages as p', 'p.id', 'e.package_id'), stream)
      .where('e.handed_back_at', '>=', period.from)
      .where('e.handed_back_at', '<', Math.min(period.to, period.asOf))
      .select('p.zone_id', 'p.band', 'e.hand_back_reason')
      .select(db.raw('count(*) as n'), db.raw('sum(p.weekly_minutes) as minutes'))
      .groupBy('p.zone_id', 'p.band', 'e.hand_back_reason'),
  );
  return rows.map((r) => ({
    zoneId: String(r.zone_id),
    band: String(r.band),
    reason: String(r.hand_back_reason ?? 'unspecified'),
    count: n(r.n),
    weeklyMinutes: n(r.minutes),
  }));
}

/**
 * Packages taken in during the period (before asOf) whose band an officer overrode, by zone
 * (docs/specification/zones-and-bands.md §2.9): a zone with many points at its area layer.
 */
export async function bandOverrideAggregates(
  db: Knex,
  period: Period,
  stream?: FundingStream,
): Promise<BandOverrideRow[]> {
  const rows: Row[] = await inStream(db('packages as p'), stream)
    .where('p.created_at', '>=', period.from)
    .where('p.created_at', '<', Math.min(period.to, period.asOf))
    .whereNotNull('p.band_override_reason')
    .select('p.zone_id')
    .select(db.raw('count(*) as n'))
    .groupBy('p.zone_id');
  return rows.map((r) => ({ zoneId: String(r.zone_id), packages: n(r.n) }));
}

export interface BandOverrideRow {
  zoneId: string;
  packages: number;
}
