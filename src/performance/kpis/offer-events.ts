/**
 * The offers a KPI period counts, as grouped counts and declines in SQL (see docs/quality-score.md
 * "KPIs" for which offers count as decided); src/performance/kpis/queries.ts and the daily
 * aggregates (./aggregates/) both read them through here.
 */
import type { Db } from '../../db/connect';
import { dimensions, filtered, inPeriod, splitByDay, type Row } from './grouping';
import type { KpiDimension } from './kpis';
import type { KpiQuery } from './queries';

type OfferQuery = Pick<KpiQuery, 'period' | 'filter' | 'quickResponseFraction' | 'byDay' | 'onlyDays'>;

/** The period's offers (sent before its end and before asOf), filtered. */
export function periodOffers(db: Db, query: OfferQuery) {
  return filtered(inPeriod(db('offers as o'), query, 'o.sent_at'), 'offers', query.filter);
}

const ANSWERED = 'o.responded_at is not null and o.responded_at < ?';

/** Per group: received, decided, responded in window, accepted, quick, expired. */
export async function offerCounts(
  db: Db,
  query: OfferQuery,
  groupBy: readonly KpiDimension[],
): Promise<Row[]> {
  const asOf = query.period.asOf;
  // Integer arithmetic on both engines: quick ⇔ (answer − sent) × 1000 ≤ (deadline − sent) × round(fraction × 1000).
  const quick = Math.round(query.quickResponseFraction * 1000);
  return splitByDay(dimensions(periodOffers(db, query), 'offers', groupBy), query, 'o.sent_at', true).select(
    db.raw('count(*) as received'),
    db.raw(
      `sum(case when (${ANSWERED}) or (o.responded_at is null and o.status in ('expired', 'pending') and o.deadline_at <= ?) then 1 else 0 end) as decided`,
      [asOf, asOf],
    ),
    db.raw(`sum(case when ${ANSWERED} and o.responded_at <= o.deadline_at then 1 else 0 end) as responded`, [
      asOf,
    ]),
    db.raw(`sum(case when ${ANSWERED} and o.status <> 'declined' then 1 else 0 end) as accepted`, [asOf]),
    db.raw(
      `sum(case when ${ANSWERED} and o.status <> 'declined' and (o.responded_at - o.sent_at) * 1000 <= (o.deadline_at - o.sent_at) * ${quick} then 1 else 0 end) as quick`,
      [asOf],
    ),
    db.raw(
      `sum(case when o.responded_at is null and o.status in ('expired', 'pending') and o.deadline_at <= ? then 1 else 0 end) as expired`,
      [asOf],
    ),
  );
}

/** Per group and reason: offers declined before asOf. */
export async function offerDeclines(
  db: Db,
  query: OfferQuery,
  groupBy: readonly KpiDimension[],
): Promise<Row[]> {
  return splitByDay(dimensions(periodOffers(db, query), 'offers', groupBy), query, 'o.sent_at', true)
    .where('o.status', 'declined')
    .where('o.responded_at', '<', query.period.asOf)
    .select('o.decline_reason as reason', db.raw('count(*) as n'))
    .groupBy('o.decline_reason');
}

/** The period's offers answered before asOf (to select their answer time from). */
export function answeredOffers(db: Db, query: OfferQuery) {
  return periodOffers(db, query)
    .whereNotNull('o.responded_at')
    .where('o.responded_at', '<', query.period.asOf);
}

export const ANSWER_MS = '(o.responded_at - o.sent_at)';
