/**
 * What a commissioner reads first after a simulated year: pick-up times by band, zone and urgency,
 * unplaced hours over time, what the placed hours cost, and how offers were answered. Computed from
 * the simulation's database at its end, with the service's own KPI definitions where they exist.
 */
import { londonDate } from '../../calendar/dates';
import { pickedUpWithinTarget, type PickUpTargets } from '../../performance/kpis/kpis';
import { percentileOfSorted } from '../../performance/kpis/percentiles';
import { BANDS, type Band } from '../../pricing/bands';
import { divideRounded } from '../../pricing/money';
import { annualCost } from '../../pricing/price';
import { ZONE_CATALOGUE } from '../../zones/catalogue';
import type { Counters, Sim, TimelinePoint } from '../runner/context';
import { needsAndHandBacks, type NeedsAndHandBacks } from './needs-summary';

const HOUR = 3_600_000;
const round = (x: number | null, places = 1) =>
  x === null ? null : Math.round(x * 10 ** places) / 10 ** places;

/** Pick-up time buckets: same morning, same day, next day, within a week, longer. */
export const PICK_UP_BUCKETS = [
  { label: 'under 2 h', hours: 2 },
  { label: '2–24 h', hours: 24 },
  { label: '1–2 days', hours: 48 },
  { label: '2–7 days', hours: 168 },
  { label: 'over 7 days', hours: Infinity },
] as const;

export interface PickUpStats {
  /** Brokerage episodes (intake or after a hand-back) awarded, and those that never were (cancelled or still waiting at the end). */
  awards: number;
  notPlaced: number;
  medianHours: number | null;
  p90Hours: number | null;
  meanHours: number | null;
  withinTargetPct: number | null;
  buckets: Record<string, number>;
}

export interface SimulationSummary {
  policy: string;
  seed: number;
  period: { from: string; to: string; weeks: number };
  counters: Counters;
  pickUp: {
    all: PickUpStats;
    byUrgency: Record<string, PickUpStats>;
    byBand: Record<Band, PickUpStats>;
    byZone: Record<string, PickUpStats>;
    /** Awards by the kind of round that won them: primes are expected to take most (HC20 ¶26). */
    byRound: Record<string, number>;
  };
  offers: {
    byBand: Record<
      Band,
      {
        sent: number;
        answered: number;
        accepted: number;
        acceptedPct: number | null;
        declinedByReason: Record<string, number>;
      }
    >;
  };
  waiting: {
    meanWaitingHours: number;
    maxWaitingHours: number;
    meanUnplacedHours: number;
    maxUnplacedHours: number;
    atEnd: { packages: number; weeklyHours: number; unplacedPackages: number; unplacedHours: number };
  };
  hours: {
    baselineWeeklyHours: number;
    meanInCare: number;
    atEnd: { placed: number; legacy: number; inCare: number };
  };
  cost: {
    /** Spent on framework placements over the period, at each package's frozen rate. */
    spendPence: number;
    weeklyPenceAtEnd: number;
    annualisedPenceAtEnd: number;
    averageHourlyRatePenceAtEnd: number | null;
    byBandAtEnd: Record<Band, { weeklyHours: number; weeklyPence: number }>;
  };
  /** Specialist packages, discharge and D2A placement, hand-backs with notice (needs-summary.ts). */
  needsAndHandBacks: NeedsAndHandBacks;
  timeline: TimelinePoint[];
}

interface EpisodeRow {
  opened_at: number;
  awarded_at: number | null;
  award_round_kind: string | null;
  zone_id: string;
  band: Band;
  urgency: string;
}

export function pickUpStats(episodes: readonly EpisodeRow[], targets: PickUpTargets): PickUpStats {
  const awarded = episodes.filter((e) => e.awarded_at !== null);
  const hours = awarded.map((e) => (Number(e.awarded_at) - Number(e.opened_at)) / HOUR).sort((a, b) => a - b);
  const buckets: Record<string, number> = Object.fromEntries(PICK_UP_BUCKETS.map((b) => [b.label, 0]));
  for (const h of hours) buckets[PICK_UP_BUCKETS.find((b) => h < b.hours)!.label]! += 1;
  const within = awarded.filter((e) =>
    pickedUpWithinTarget(
      { openedAt: Number(e.opened_at), awardedAt: Number(e.awarded_at), urgency: e.urgency },
      targets,
    ),
  ).length;
  return {
    awards: awarded.length,
    notPlaced: episodes.length - awarded.length,
    medianHours: round(percentileOfSorted(hours, 0.5)),
    p90Hours: round(percentileOfSorted(hours, 0.9)),
    meanHours: round(hours.length > 0 ? hours.reduce((s, h) => s + h, 0) / hours.length : null),
    withinTargetPct: round(awarded.length > 0 ? (100 * within) / awarded.length : null),
    buckets,
  };
}

function groupStats<K extends string>(
  rows: readonly EpisodeRow[],
  keys: readonly K[],
  key: (r: EpisodeRow) => string,
  targets: PickUpTargets,
) {
  return Object.fromEntries(
    keys.map((k) => [
      k,
      pickUpStats(
        rows.filter((r) => key(r) === k),
        targets,
      ),
    ]),
  ) as Record<K, PickUpStats>;
}

export async function summarise(sim: Sim): Promise<SimulationSummary> {
  const { db } = sim.services;
  const targets = sim.policy.config.performance.pickUpTargetDays;
  const episodes: EpisodeRow[] = await db('brokerage_episodes as e')
    .join('packages as p', 'p.id', 'e.package_id')
    .select('e.opened_at', 'e.awarded_at', 'e.award_round_kind', 'p.zone_id', 'p.band', 'p.urgency');
  const byRound: Record<string, number> = {};
  for (const e of episodes)
    if (e.award_round_kind) byRound[e.award_round_kind] = (byRound[e.award_round_kind] ?? 0) + 1;
  const t = sim.timeline;
  const mean = (f: (p: TimelinePoint) => number) =>
    round(t.length > 0 ? t.reduce((s, p) => s + f(p), 0) / t.length : 0)!;
  const max = (f: (p: TimelinePoint) => number) => round(Math.max(0, ...t.map(f)))!;
  const last = t.at(-1);
  // Each midnight reading prices the day that follows it.
  const spendPence = divideRounded(
    t.slice(0, -1).reduce((s, p) => s + p.placedWeeklyPence, 0),
    7,
  );
  const weeks = Math.round((sim.end - sim.start) / (7 * 86_400_000));
  return {
    policy: sim.policy.name,
    seed: sim.seed,
    period: { from: londonDate(sim.start), to: londonDate(sim.end - 1), weeks },
    counters: sim.counters,
    pickUp: {
      all: pickUpStats(episodes, targets),
      byUrgency: groupStats(
        episodes,
        ['standard', 'hospital-discharge', 'urgent'],
        (r) => r.urgency,
        targets,
      ),
      byBand: groupStats(episodes, BANDS, (r) => r.band, targets),
      byZone: groupStats(
        episodes,
        ZONE_CATALOGUE.map((z) => z.id),
        (r) => r.zone_id,
        targets,
      ),
      byRound,
    },
    offers: { byBand: await offersByBand(sim) },
    waiting: {
      meanWaitingHours: mean((p) => p.waitingHours),
      maxWaitingHours: max((p) => p.waitingHours),
      meanUnplacedHours: mean((p) => p.unplacedHours),
      maxUnplacedHours: max((p) => p.unplacedHours),
      atEnd: {
        packages: last?.waitingPackages ?? 0,
        weeklyHours: last?.waitingHours ?? 0,
        unplacedPackages: last?.unplacedPackages ?? 0,
        unplacedHours: last?.unplacedHours ?? 0,
      },
    },
    hours: {
      baselineWeeklyHours: sim.baselineWeeklyHours,
      meanInCare: mean((p) => p.placedHours + p.legacyHours),
      atEnd: {
        placed: last?.placedHours ?? 0,
        legacy: last?.legacyHours ?? 0,
        inCare: round((last?.placedHours ?? 0) + (last?.legacyHours ?? 0))!,
      },
    },
    cost: await costAtEnd(sim, spendPence, last?.placedWeeklyPence ?? 0),
    needsAndHandBacks: await needsAndHandBacks(sim),
    timeline: t,
  };
}

async function offersByBand(sim: Sim): Promise<SimulationSummary['offers']['byBand']> {
  const rows: {
    band: Band;
    status: string;
    decline_reason: string | null;
    responded: number | null;
    n: number;
  }[] = await sim.services
    .db('offers')
    .groupBy('band', 'status', 'decline_reason', sim.services.db.raw('responded_at is not null'))
    .select(
      'band',
      'status',
      'decline_reason',
      sim.services.db.raw('responded_at is not null as responded'),
      sim.services.db.raw('count(*) as n'),
    );
  const out = Object.fromEntries(
    BANDS.map((b) => [
      b,
      {
        sent: 0,
        answered: 0,
        accepted: 0,
        acceptedPct: null as number | null,
        declinedByReason: {} as Record<string, number>,
      },
    ]),
  ) as SimulationSummary['offers']['byBand'];
  for (const r of rows) {
    const o = out[r.band];
    const n = Number(r.n);
    o.sent += n;
    if (Number(r.responded)) o.answered += n;
    // An accepted offer stays 'accepted', or becomes 'won' or 'lost' when the round is decided.
    if (Number(r.responded) && ['accepted', 'won', 'lost'].includes(r.status)) o.accepted += n;
    if (r.status === 'declined')
      o.declinedByReason[r.decline_reason ?? 'other'] =
        (o.declinedByReason[r.decline_reason ?? 'other'] ?? 0) + n;
  }
  for (const o of Object.values(out))
    o.acceptedPct = o.answered > 0 ? round((100 * o.accepted) / o.answered) : null;
  return out;
}

async function costAtEnd(
  sim: Sim,
  spendPence: number,
  weeklyPence: number,
): Promise<SimulationSummary['cost']> {
  const rows: { band: Band; minutes: number; pence_minutes: number }[] = await sim.services
    .db('packages')
    .whereIn('status', ['awarded', 'active'])
    .groupBy('band')
    .select(
      'band',
      sim.services.db.raw('sum(weekly_minutes) as minutes'),
      sim.services.db.raw('sum(weekly_minutes * hourly_rate_pence) as pence_minutes'),
    );
  const byBandAtEnd = Object.fromEntries(
    BANDS.map((b) => [b, { weeklyHours: 0, weeklyPence: 0 }]),
  ) as SimulationSummary['cost']['byBandAtEnd'];
  let minutes = 0;
  let penceMinutes = 0;
  for (const r of rows) {
    byBandAtEnd[r.band] = {
      weeklyHours: Number(r.minutes) / 60,
      weeklyPence: divideRounded(Number(r.pence_minutes), 60),
    };
    minutes += Number(r.minutes);
    penceMinutes += Number(r.pence_minutes);
  }
  return {
    spendPence,
    weeklyPenceAtEnd: weeklyPence,
    annualisedPenceAtEnd: annualCost(weeklyPence),
    averageHourlyRatePenceAtEnd: minutes > 0 ? divideRounded(penceMinutes, minutes) : null,
    byBandAtEnd,
  };
}
