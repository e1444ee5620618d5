/**
 * The partial KPIs of the events in a span of time, per provider × zone × band, read from the
 * recorded events by the same queries and rules as the report over events (../queries.ts): what a
 * stored day holds, and what a part-day at a period's edge adds to the stored days.
 */
import { fromDayNumber, londonDate } from '../../../calendar/dates';
import type { Db } from '../../../db/connect';
import { together } from '../../../db/dialect';
import { awardEvents } from '../award-events';
import {
  dimensionColumns,
  groupOf,
  keyOf,
  n,
  splitByDay,
  type Grouped,
  type KpiFilter,
  type Row,
} from '../grouping';
import { handBackAggregates } from '../hand-back-events';
import {
  judgeAward,
  type AwardEvent,
  type HandBackAggregate,
  type KpiDimension,
  type KpiGroup,
  type PickUpTargets,
} from '../kpis';
import { ANSWER_MS, answeredOffers, offerCounts, offerDeclines } from '../offer-events';
import type { KpiQuery } from '../queries';
import { addReason, addValue, emptyPartial, type KpiPartial } from './partials';

/** The settings that shape a partial; the aggregates are rebuilt when they change. */
export interface FoldSettings {
  quickResponseFraction: number;
  handBackNoticeDays: number;
  targets: PickUpTargets;
}

export interface KeyedPartial {
  group: KpiGroup;
  partial: KpiPartial;
  /** The London day of the partial's events, when the span was split by day. */
  day?: string;
}

export const ALL_DIMENSIONS: readonly KpiDimension[] = ['provider', 'zone', 'band'];

export async function rawPartials(
  db: Db,
  span: {
    from: number;
    to: number;
    asOf: number;
    filter?: KpiFilter;
    byDay?: boolean;
    onlyDays?: readonly string[];
  },
  settings: FoldSettings,
): Promise<Map<string, KeyedPartial>> {
  const query: KpiQuery = {
    period: { from: span.from, to: span.to, asOf: span.asOf },
    groupBy: ALL_DIMENSIONS,
    ...(span.filter ? { filter: span.filter } : {}),
    ...(span.byDay ? { byDay: true } : {}),
    ...(span.onlyDays ? { onlyDays: span.onlyDays } : {}),
    quickResponseFraction: settings.quickResponseFraction,
    handBackNoticeDays: settings.handBackNoticeDays,
  };
  const notes: string[] = [];
  const [counts, declines, times, awards, handBacks] = await together<
    [Row[], Row[], Row[], Grouped<AwardEvent[]>, Grouped<HandBackAggregate>]
  >(db, [
    () => offerCounts(db, query, ALL_DIMENSIONS),
    () => offerDeclines(db, query, ALL_DIMENSIONS),
    () =>
      splitByDay(answeredOffers(db, query), query, 'o.sent_at').select(
        ...dimensionColumns('offers', ALL_DIMENSIONS),
        db.raw(`${ANSWER_MS} as v`),
      ),
    () => awardEvents(db, query, notes),
    () => handBackAggregates(db, query, notes),
  ]);
  const out = new Map<string, KeyedPartial>();
  const partialOf = (key: string, group: () => KpiGroup) => {
    let keyed = out.get(key);
    if (!keyed) {
      keyed = { group: group(), partial: emptyPartial() };
      // A split key leads with the day number (../grouping.ts keyOf).
      if (query.byDay) keyed.day = fromDayNumber(Number(key.slice(0, key.indexOf('|'))));
      out.set(key, keyed);
    }
    return keyed.partial;
  };
  const ofRow = (r: Row) => partialOf(keyOf(r, ALL_DIMENSIONS), () => groupOf(r, ALL_DIMENSIONS));
  for (const r of counts) addOfferCounts(ofRow(r), r);
  for (const r of declines) {
    const p = ofRow(r);
    p.counts.declined += n(r.n);
    addReason(p, 'decline', String(r.reason ?? 'unspecified'), { n: n(r.n), minutes: 0 });
  }
  for (const r of times) addValue(ofRow(r), 'response_ms', Number(r.v));
  const asOfDate = londonDate(span.asOf);
  for (const [key, events] of awards.values) {
    const p = partialOf(key, () => awards.groups.get(key)!);
    for (const e of events) addAward(p, e, settings.targets, asOfDate);
  }
  for (const [key, agg] of handBacks.values)
    addHandBacks(
      partialOf(key, () => handBacks.groups.get(key)!),
      agg,
    );
  for (const source of [awards.notes, handBacks.notes]) {
    for (const [key, list] of source) partialOf(key, () => ({})).notes.push(...list);
  }
  return out;
}

function addOfferCounts(p: KpiPartial, r: Row) {
  p.counts.received += n(r.received);
  p.counts.decided += n(r.decided);
  p.counts.responded += n(r.responded);
  p.counts.accepted += n(r.accepted);
  p.counts.quick += n(r.quick);
  p.counts.expired += n(r.expired);
}

function addAward(p: KpiPartial, e: AwardEvent, targets: PickUpTargets, asOfDate: string) {
  const j = judgeAward(e, targets, asOfDate);
  p.counts.awarded += 1;
  addValue(p, 'pick_up_ms', j.pickUpMs);
  if (j.withinTarget) p.counts.within_target += 1;
  if (j.startDays !== null) {
    p.counts.started += 1;
    addValue(p, 'start_days', j.startDays);
  }
  if (j.judged) p.counts.judged += 1;
  if (j.onTime) p.counts.on_time += 1;
}

function addHandBacks(p: KpiPartial, agg: HandBackAggregate) {
  p.counts.hand_backs += agg.count;
  p.counts.hand_back_minutes += agg.weeklyMinutes;
  p.counts.without_notice += agg.withoutNotice;
  for (const [reason, r] of Object.entries(agg.byReason)) {
    addReason(p, 'hand_back', reason, { n: r.count, minutes: r.weeklyMinutes });
  }
}
