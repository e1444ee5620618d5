/**
 * The payments calculation's totals priced in the database (docs/payments.md "Totals in SQL"): the
 * coverage report's period cost and the budget position need only the totals, not a row per package,
 * and fetching every stretch of a large history to price it in JavaScript took seconds (docs/BENCHMARKS.md
 * "Coverage and payments in SQL"). The figures are calculate.ts's to the penny: each stretch is split
 * at every rate card, its days are added up per rate, and each rate's amount is rounded half up once,
 * as `priceDays` does; the hours are the rows' hours to two decimals, added up.
 *
 * Only the plain case is priced in SQL: a package's single stretch of care, paid on the card. A package
 * with a negotiated rate or more than one stretch (queries.ts PRICED_ONE_BY_ONE_SQL) goes through
 * calculatePayments as before; there are few.
 */
import { toDayNumber, type IsoDate } from '../calendar/dates';
import { londonDaySql } from '../calendar/london-day';
import type { Queryable } from '../db/connect';
import { dayNumberSql } from '../db/dialect';
import { loadRateCards } from '../pricing/queries';
import { FUNDING_STREAMS, type FundingStream } from '../packages/model';
import { calculatePayments, type PaymentTotal, type Payments } from './calculate';
import { careStretches, negotiatedRates, PRICED_ONE_BY_ONE_SQL, type StretchFilter } from './queries';

export type PaymentTotals = Payments['totals'];

export interface TotalsFilter extends StretchFilter {
  /** Only care still going on this day (started by it, not stopped by it): the budget's projection. */
  ongoingOn?: IsoDate | undefined;
  /** Price from this day, later than `from`; the stretches are still those read for `from`…`to`. */
  pricedFrom?: IsoDate | undefined;
}

/** England's clock rules are written into the SQL for these years; instants outside them read UTC. */
const LONDON_YEARS = { from: 2000, to: 2060 } as const;
const NO_END = 99_999_999;

/** A stretch's last day as a day number, as queries.ts `lastDayOf` reads it; null while in care. */
function lastDaySql(db: Queryable): string {
  const london = (column: string) => londonDaySql(column, LONDON_YEARS.from, LONDON_YEARS.to);
  const day = (column: string) => dayNumberSql(db, column);
  // As queries.ts, a missing closing instant reads as 0 (1970-01-01), not as care still going on.
  const closed = london('coalesce(p.closed_at, 0)');
  return `case
    when e.handed_back_at is not null then coalesce(${day('e.hand_back_last_visit')}, ${london('e.handed_back_at')})
    when p.current_episode_id is null or e.id <> p.current_episode_id then null
    when p.status = 'ended' then coalesce(${day('p.care_ended_on')}, ${closed})
    when p.status = 'cancelled' then ${closed}
    else null end`;
}

/** The filter as SQL over the stretches `s` (day numbers from_day, to_day), with its bindings. */
function stretchWhere(filter: TotalsFilter): { sql: string; bindings: (string | number)[] } {
  const parts = [
    `e.care_started_on is not null and e.care_started_on <= ? and (p.care_ended_on is null or p.care_ended_on >= ?)`,
    `not ${PRICED_ONE_BY_ONE_SQL}`,
  ];
  const bindings: (string | number)[] = [filter.to, filter.from];
  if (filter.fundingStream !== undefined) {
    parts.push('p.funding_stream = ?');
    bindings.push(filter.fundingStream);
  }
  if (filter.providerId !== undefined) {
    parts.push('e.awarded_provider_id = ?');
    bindings.push(filter.providerId);
  }
  return { sql: parts.join(' and '), bindings };
}

/**
 * Per funding stream: rows (stretches with a paid day in the period), the hundredths of an hour
 * (each row's hours rounded to two decimals, as `hoursIn`) and the pence (each rate's amount rounded
 * half up: (2n + d) div 2d is n/d rounded half up for n ≥ 0).
 */
async function plainTotals(db: Queryable, filter: TotalsFilter) {
  const where = stretchWhere(filter);
  const ongoing =
    filter.ongoingOn === undefined ? '' : 'and s.from_day <= ? and (s.to_day is null or s.to_day > ?)';
  const ongoingDay = filter.ongoingOn === undefined ? [] : Array(2).fill(toDayNumber(filter.ongoingOn));
  // `s` is materialized: inlined, its stretch ends (a CASE over every year's clock change) were
  // copied into each use in `clipped` and again in `by_rate`, and PostgreSQL spent 200–500 ms
  // planning the copies at every call (docs/BENCHMARKS.md "The PostgreSQL test suite"). SQLite
  // (3.35+) reads the same hint; neither changes a result.
  const rows: Record<string, unknown>[] = await db
    .raw(
      `with cards as (
       select id, applies_from, lead(applies_from) over (order by applies_from, id) as next_from from rate_cards),
     periods as (
       select r.band, r.hourly_rate_pence as rate, ${dayNumberSql(db, 'c.applies_from')} as pf,
         case when c.next_from is null then ${NO_END} else ${dayNumberSql(db, 'c.next_from')} - 1 end as pt
       from cards c join rate_card_rates r on r.rate_card_id = c.id),
     s as materialized (
       select e.id, p.funding_stream as stream, p.band, p.weekly_minutes as wm,
         ${dayNumberSql(db, 'e.care_started_on')} as from_day, ${lastDaySql(db)} as to_day
       from brokerage_episodes e join packages p on p.id = e.package_id
         join providers pr on pr.id = e.awarded_provider_id
       where ${where.sql}),
     clipped as (
       select s.id, s.stream, s.band, s.wm,
         case when s.from_day > ? then s.from_day else ? end as f,
         case when s.to_day is null or s.to_day > ? then ? else s.to_day end as t
       from s where 1 = 1 ${ongoing}),
     by_rate as (
       select c.id, c.stream, c.wm, pe.rate, cast(sum(
         (case when c.t < pe.pt then c.t else pe.pt end) - (case when c.f > pe.pf then c.f else pe.pf end) + 1
       ) as bigint) as days
       from clipped c join periods pe on pe.band = c.band and pe.pf <= c.t and pe.pt >= c.f
       where c.f <= c.t
       group by c.id, c.stream, c.wm, pe.rate),
     by_row as (
       select id, stream, wm, cast(sum(days) as bigint) as days,
         cast(sum((rate * wm * days * 2 + 420) / 840) as bigint) as pence
       from by_rate group by id, stream, wm)
     select stream, count(*) as row_count,
       cast(sum((wm * days * 200 + 420) / 840) as bigint) as hundredths, cast(sum(pence) as bigint) as pence
     from by_row group by stream`,
      [...where.bindings, ...periodDays(filter), ...ongoingDay],
    )
    .then((result: unknown) => (Array.isArray(result) ? result : (result as { rows: [] }).rows));
  return rows.map((r) => ({
    stream: r.stream as FundingStream,
    rows: Number(r.row_count),
    hundredths: Number(r.hundredths),
    pence: Number(r.pence),
  }));
}

/** The days priced: `pricedFrom` (or `from`) to `to`. */
const pricedPeriod = (filter: TotalsFilter) => ({ from: filter.pricedFrom ?? filter.from, to: filter.to });

const periodDays = (filter: TotalsFilter) => {
  const { from, to } = pricedPeriod(filter);
  const [f, t] = [toDayNumber(from), toDayNumber(to)];
  return [f, f, t, t];
};

const noTotals = (filter: TotalsFilter) =>
  calculatePayments([], pricedPeriod(filter), { cards: [], negotiated: new Map() }).totals;

/** The stretches priced one by one, through calculatePayments. */
async function oneByOneTotals(db: Queryable, filter: TotalsFilter): Promise<PaymentTotals> {
  const stretches = await careStretches(db, { ...filter, onlyPricedOneByOne: true });
  const day = filter.ongoingOn;
  const chosen =
    day === undefined ? stretches : stretches.filter((s) => s.from <= day && (s.to === null || s.to > day));
  if (chosen.length === 0) return noTotals(filter);
  const [cards, negotiated] = await Promise.all([loadRateCards(db), negotiatedRates(db)]);
  return calculatePayments(chosen, pricedPeriod(filter), { cards, negotiated }).totals;
}

/**
 * calculatePayments(careStretches(filter), filter).totals, to the penny, without fetching every
 * stretch (see the module comment).
 *
 * @example paymentTotals(db, { from: '2025-04-01', to: '2026-03-31' }) // { all, byFundingStream }
 */
export async function paymentTotals(db: Queryable, filter: TotalsFilter): Promise<PaymentTotals> {
  if (pricedPeriod(filter).to < pricedPeriod(filter).from) return noTotals(filter);
  const [plain, oneByOne] = await Promise.all([plainTotals(db, filter), oneByOneTotals(db, filter)]);
  const stream = (s: FundingStream): PaymentTotal => {
    const sql = plain.find((p) => p.stream === s);
    const js = oneByOne.byFundingStream[s];
    return {
      rows: (sql?.rows ?? 0) + js.rows,
      hours: ((sql?.hundredths ?? 0) + Math.round(js.hours * 100)) / 100,
      amountPence: (sql?.pence ?? 0) + js.amountPence,
    };
  };
  const byFundingStream = Object.fromEntries(FUNDING_STREAMS.map((s) => [s, stream(s)])) as Record<
    FundingStream,
    PaymentTotal
  >;
  const streams = Object.values(byFundingStream);
  const all: PaymentTotal = {
    rows: streams.reduce((sum, t) => sum + t.rows, 0),
    hours: Math.round(streams.reduce((sum, t) => sum + t.hours * 100, 0)) / 100,
    amountPence: streams.reduce((sum, t) => sum + t.amountPence, 0),
  };
  return { all, byFundingStream };
}
