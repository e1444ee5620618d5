/**
 * Pick-up and response KPIs from recorded events
 * (docs/specification/quality-and-performance.md §7.5; docs/specification/reporting.md §8.1), as
 * pure functions over the aggregates and event rows that queries.ts reads. The papers give no
 * formulas or targets; every choice here is written down in docs/quality-score.md.
 */
import { addDays, londonDate, toDayNumber } from '../../calendar/dates';
import { medianAndP90 } from './percentiles';

const HOUR = 3_600_000;

/** The dimensions KPIs can be grouped by; none = county-wide. */
export const KPI_DIMENSIONS = ['provider', 'zone', 'band'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];

export interface KpiGroup {
  providerId?: number;
  zoneId?: string;
  band?: string;
}

/**
 * Offer counts for one group; `decided` excludes offers that could not be answered
 * (docs/quality-score.md "KPIs").
 */
export interface OfferAggregate {
  received: number;
  decided: number;
  respondedInWindow: number;
  accepted: number;
  quickAccepted: number;
  expired: number;
  declined: number;
  declinedByReason: Record<string, number>;
  /** Time from offer to answer, in milliseconds, over answered offers. */
  responseMs: { median: number | null; p90: number | null };
}

/** One award (a brokerage episode that ended in an award), with what is known of it at `asOf`. */
export interface AwardEvent {
  openedAt: number;
  awardedAt: number;
  urgency: string;
  agreedStart: string | null;
  /** The care start date, only when confirmed before asOf. */
  careStartedOn: string | null;
  /** Cancelled by the council before care started: not the provider's to judge. */
  cancelledBeforeStart: boolean;
}

export interface HandBackAggregate {
  count: number;
  weeklyMinutes: number;
  byReason: Record<string, { count: number; weeklyMinutes: number }>;
  /** Short notice for a reason that needed full notice (./hand-backs.ts): counts against response. */
  withoutNotice: number;
}

export interface PickUpTargets {
  /** Calendar days after intake; 0 = the same day (hospital discharge and urgent). */
  urgent: number;
  standard: number;
}

export interface KpiSet {
  offers: {
    received: number;
    decided: number;
    respondedInWindow: number;
    respondedInWindowPct: number | null;
    accepted: number;
    acceptedPct: number | null;
    quickAccepted: number;
    expired: number;
    declined: number;
    declinedByReason: Record<string, number>;
    responseMinutes: { median: number | null; p90: number | null };
  };
  pickUp: {
    awarded: number;
    medianHours: number | null;
    p90Hours: number | null;
    withinTarget: number;
    withinTargetPct: number | null;
  };
  careStart: {
    started: number;
    medianDaysFromAward: number | null;
    judged: number;
    startedByAgreedDate: number;
    startedByAgreedDatePct: number | null;
  };
  handBacks: {
    count: number;
    per100Awarded: number | null;
    weeklyHours: number;
    byReason: Record<string, { count: number; weeklyHours: number }>;
    withoutNotice: number;
  };
  held: { packages: number; weeklyHours: number };
}

/**
 * The KPIs the summed counts alone give (the aggregates' count columns): what a reader gets from
 * `computeKpiCounts` (./queries.ts), which leaves out the duration percentiles (answer, pick-up and
 * care-start medians and p90s: their histograms are most of a KPI read's cost), the declines and
 * hand-backs by reason, and the packages held now. The staff performance page shows no more.
 */
export interface KpiCounts {
  offers: Omit<KpiSet['offers'], 'responseMinutes' | 'declinedByReason'>;
  pickUp: Omit<KpiSet['pickUp'], 'medianHours' | 'p90Hours'>;
  careStart: Omit<KpiSet['careStart'], 'medianDaysFromAward'>;
  handBacks: Omit<KpiSet['handBacks'], 'byReason'>;
}

/** A percentage to one decimal place, or null when there is nothing to divide by. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? round1((100 * part) / whole) : null;
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
const round1OrNull = (x: number | null) => (x === null ? null : round1(x));

export function targetDays(urgency: string, targets: PickUpTargets): number {
  return urgency === 'standard' ? targets.standard : targets.urgent;
}

/**
 * True when the award came by the end of the target day in England: with the default targets an
 * urgent package opened at 16:00 must be awarded the same calendar day, a standard one by the end
 * of the second day after intake.
 */
export function pickedUpWithinTarget(
  event: Pick<AwardEvent, 'openedAt' | 'awardedAt' | 'urgency'>,
  targets: PickUpTargets,
): boolean {
  const due = addDays(londonDate(event.openedAt), targetDays(event.urgency, targets));
  return londonDate(event.awardedAt) <= due;
}

/** What one award adds to its group's pick-up and care-start KPIs (awardKpis; the aggregates). */
export interface AwardJudgement {
  pickUpMs: number;
  withinTarget: boolean;
  /** Days from the award's day to the care start's, when care started before asOf. */
  startDays: number | null;
  judged: boolean;
  onTime: boolean;
}

/**
 * One award judged: a start is judged once care has started or the agreed date is behind
 * `asOfDate`; a start confirmed after the agreed date, or none by then, is late.
 */
export function judgeAward(e: AwardEvent, targets: PickUpTargets, asOfDate: string): AwardJudgement {
  const started = e.careStartedOn !== null;
  const judged = e.agreedStart !== null && (started || (e.agreedStart < asOfDate && !e.cancelledBeforeStart));
  return {
    pickUpMs: e.awardedAt - e.openedAt,
    withinTarget: pickedUpWithinTarget(e, targets),
    startDays: started ? toDayNumber(e.careStartedOn!) - toDayNumber(londonDate(e.awardedAt)) : null,
    judged,
    onTime: judged && started && e.careStartedOn! <= e.agreedStart!,
  };
}

/** Pick-up (intake or re-brokering → award) and award → care start KPIs over a group's awards. */
export function awardKpis(events: readonly AwardEvent[], targets: PickUpTargets, asOfDate: string) {
  const pickUpHours: number[] = [];
  const startDays: number[] = [];
  let withinTarget = 0;
  let started = 0;
  let judged = 0;
  let onTime = 0;
  for (const e of events) {
    const j = judgeAward(e, targets, asOfDate);
    pickUpHours.push(j.pickUpMs / HOUR);
    if (j.withinTarget) withinTarget += 1;
    if (j.startDays !== null) {
      started += 1;
      startDays.push(j.startDays);
    }
    if (j.judged) judged += 1;
    if (j.onTime) onTime += 1;
  }
  const pickUp = medianAndP90(pickUpHours);
  return {
    pickUp: {
      awarded: events.length,
      medianHours: round1OrNull(pickUp.median),
      p90Hours: round1OrNull(pickUp.p90),
      withinTarget,
      withinTargetPct: pct(withinTarget, events.length),
    },
    careStart: {
      started,
      medianDaysFromAward: round1OrNull(medianAndP90(startDays).median),
      judged,
      startedByAgreedDate: onTime,
      startedByAgreedDatePct: pct(onTime, judged),
    },
  };
}

export function offerKpis(agg: OfferAggregate): KpiSet['offers'] {
  const minutes = (ms: number | null) => (ms === null ? null : round1(ms / 60_000));
  return {
    received: agg.received,
    decided: agg.decided,
    respondedInWindow: agg.respondedInWindow,
    respondedInWindowPct: pct(agg.respondedInWindow, agg.decided),
    accepted: agg.accepted,
    acceptedPct: pct(agg.accepted, agg.decided),
    quickAccepted: agg.quickAccepted,
    expired: agg.expired,
    declined: agg.declined,
    declinedByReason: agg.declinedByReason,
    responseMinutes: { median: minutes(agg.responseMs.median), p90: minutes(agg.responseMs.p90) },
  };
}

/** Hand-backs in the period per 100 packages awarded in the period. */
export function handBackKpis(agg: HandBackAggregate, awarded: number): KpiSet['handBacks'] {
  return {
    count: agg.count,
    per100Awarded: pct(agg.count, awarded),
    weeklyHours: round2(agg.weeklyMinutes / 60),
    byReason: Object.fromEntries(
      Object.entries(agg.byReason).map(([reason, r]) => [
        reason,
        { count: r.count, weeklyHours: round2(r.weeklyMinutes / 60) },
      ]),
    ),
    withoutNotice: agg.withoutNotice,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export const EMPTY_OFFERS: OfferAggregate = {
  received: 0,
  decided: 0,
  respondedInWindow: 0,
  accepted: 0,
  quickAccepted: 0,
  expired: 0,
  declined: 0,
  declinedByReason: {},
  responseMs: { median: null, p90: null },
};

export const EMPTY_HAND_BACKS: Readonly<HandBackAggregate> = {
  count: 0,
  weeklyMinutes: 0,
  byReason: {},
  withoutNotice: 0,
};

/** Puts one group's aggregates together into the KPI set the API and the score use. */
export function assembleKpis(
  parts: {
    offers?: OfferAggregate;
    awards?: readonly AwardEvent[];
    handBacks?: HandBackAggregate;
    held?: { packages: number; weeklyMinutes: number };
  },
  targets: PickUpTargets,
  asOfDate: string,
): KpiSet {
  const awards = awardKpis(parts.awards ?? [], targets, asOfDate);
  const held = parts.held ?? { packages: 0, weeklyMinutes: 0 };
  return {
    offers: offerKpis(parts.offers ?? EMPTY_OFFERS),
    ...awards,
    handBacks: handBackKpis(parts.handBacks ?? EMPTY_HAND_BACKS, awards.pickUp.awarded),
    held: { packages: held.packages, weeklyHours: round2(held.weeklyMinutes / 60) },
  };
}
