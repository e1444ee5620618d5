/** A group's KPI set from its summed partial: the same figures ../kpis.ts assembles from events. */
import { handBackKpis, offerKpis, pct, round1, type HandBackAggregate, type KpiSet } from '../kpis';
import { cellPercentile } from './histogram';
import { cellsOf, type KpiPartial, type Metric, type ReasonKind } from './partials';

const HOUR = 3_600_000;
const round1OrNull = (x: number | null) => (x === null ? null : round1(x));
const round2 = (x: number) => Math.round(x * 100) / 100;

function percentilesOf(p: KpiPartial, metric: Metric): { median: number | null; p90: number | null } {
  const cells = p.summed?.get(metric) ?? cellsOf(p, metric);
  return { median: cellPercentile(cells, 0.5), p90: cellPercentile(cells, 0.9) };
}

function reasonsOf(p: KpiPartial, kind: ReasonKind) {
  const out: [string, { n: number; minutes: number }][] = [];
  for (const [key, r] of p.reasons) {
    const bar = key.indexOf('|');
    if (key.slice(0, bar) === kind) out.push([key.slice(bar + 1), r]);
  }
  return out;
}

const NONE = { median: null, p90: null };

/** With `percentiles` false (no histogram was read: ../queries.ts), the percentiles are null. */
export function kpisOfPartial(
  p: KpiPartial,
  held: { packages: number; weeklyMinutes: number },
  options: { percentiles: boolean },
): KpiSet {
  const c = p.counts;
  const percentiles = options.percentiles ? percentilesOf : () => NONE;
  const pickUp = percentiles(p, 'pick_up_ms');
  const hours = (ms: number | null) => (ms === null ? null : ms / HOUR);
  const handBacks: HandBackAggregate = {
    count: c.hand_backs,
    weeklyMinutes: c.hand_back_minutes,
    byReason: Object.fromEntries(
      reasonsOf(p, 'hand_back').map(([reason, r]) => [reason, { count: r.n, weeklyMinutes: r.minutes }]),
    ),
    withoutNotice: c.without_notice,
  };
  return {
    offers: offerKpis({
      received: c.received,
      decided: c.decided,
      respondedInWindow: c.responded,
      accepted: c.accepted,
      quickAccepted: c.quick,
      expired: c.expired,
      declined: c.declined,
      declinedByReason: Object.fromEntries(reasonsOf(p, 'decline').map(([reason, r]) => [reason, r.n])),
      responseMs: percentiles(p, 'response_ms'),
    }),
    pickUp: {
      awarded: c.awarded,
      medianHours: round1OrNull(hours(pickUp.median)),
      p90Hours: round1OrNull(hours(pickUp.p90)),
      withinTarget: c.within_target,
      withinTargetPct: pct(c.within_target, c.awarded),
    },
    careStart: {
      started: c.started,
      medianDaysFromAward: round1OrNull(percentiles(p, 'start_days').median),
      judged: c.judged,
      startedByAgreedDate: c.on_time,
      startedByAgreedDatePct: pct(c.on_time, c.judged),
    },
    handBacks: handBackKpis(handBacks, c.awarded),
    held: { packages: held.packages, weeklyHours: round2(held.weeklyMinutes / 60) },
  };
}
