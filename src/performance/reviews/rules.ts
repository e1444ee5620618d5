/**
 * Promotion and demotion rules (docs/specification/allocation.md §5.7;
 * docs/specification/open-questions.md §10.7), as pure functions over monthly mean scores. The
 * papers leave "consistently" and "defined period" open; here, over the last N complete calendar
 * months (default 3), a month's score being the mean of the (provider, zone)'s snapshots that month:
 *
 * The rules are mirror images, so that demotion is as reachable as promotion:
 * - promotion: a supplementary whose monthly score is above the median of the zone's primes' scores
 *   in each month, with at least M offers in the zone over the period (default 10);
 * - demotion: a prime whose monthly score is below the median of the zone's supplementaries' scores
 *   in each month, with at least M offers in the zone over the period.
 * Beside the mirror, a floor: a prime below the zone's threshold (default: RAG red) in each month is
 * flagged for demotion whatever the others score (it fails the KPIs outright, HC20 ¶27).
 *
 * Before, demotion had only the floor; in a simulated year no prime's score ever fell below it while
 * supplementaries kept beating the prime median, so primes piled up (Market Harborough 3 → 7 of 12).
 *
 * A month without a snapshot breaks the run: no evidence, no flag.
 *
 * Example: review on 2026-05-01, N = 3 → months 2026-02, 2026-03, 2026-04; a prime at 42, 45, 48
 * against a threshold of 50 is flagged; at 42, 55, 48 it is not; a prime at 68, 69, 70 while the
 * zone's supplementaries' medians are 72, 71, 73 is flagged (with 10 offers or more).
 */
import { addDays } from '../../calendar/dates';
import { percentile } from '../kpis/percentiles';
import type { FlagKind } from './model';

export interface MonthlyMean {
  mean: number;
  snapshots: number;
}

export interface RoleUnderReview {
  providerId: number;
  zoneId: string;
  role: 'prime' | 'supplementary';
  /** 'YYYY-MM' → the month's mean score. */
  monthly: Map<string, MonthlyMean>;
  /** Offers received in the zone over the review period. */
  offers: number;
}

export interface ReviewWindow {
  months: string[];
  /** First and last day of the period, 'YYYY-MM-DD'. */
  from: string;
  to: string;
}

export interface FlagCandidate {
  providerId: number;
  zoneId: string;
  kind: FlagKind;
  fromRole: 'prime' | 'supplementary';
  toRole: 'prime' | 'supplementary';
  evidence: {
    rule: string;
    months: {
      month: string;
      meanScore: number;
      snapshots: number;
      threshold?: number;
      primeMedian?: number;
      supplementaryMedian?: number;
    }[];
    offers?: number;
    minOffers?: number;
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The `count` complete calendar months before the month of `reviewDate`, oldest first. */
export function reviewWindow(reviewDate: string, count: number): ReviewWindow {
  const [y, m] = reviewDate.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = count; i >= 1; i -= 1) {
    const index = y * 12 + (m - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  const monthStart = `${reviewDate.slice(0, 7)}-01`;
  return { months, from: `${months[0]}-01`, to: addDays(monthStart, -1) };
}

/** Each zone's median score per month over the roles of one kind (with a score that month). */
export function roleMedians(
  roles: readonly RoleUnderReview[],
  window: ReviewWindow,
  role: RoleUnderReview['role'],
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const zones = new Set(roles.filter((r) => r.role === role).map((r) => r.zoneId));
  for (const zoneId of zones) {
    const members = roles.filter((r) => r.role === role && r.zoneId === zoneId);
    const byMonth = new Map<string, number>();
    for (const month of window.months) {
      const values = members
        .map((p) => p.monthly.get(month)?.mean)
        .filter((v): v is number => v !== undefined);
      const median = percentile(values, 0.5);
      if (median !== null) byMonth.set(month, median);
    }
    out.set(zoneId, byMonth);
  }
  return out;
}

/** Each zone's median prime score per month (over primes with a score that month). */
export const primeMedians = (roles: readonly RoleUnderReview[], window: ReviewWindow) =>
  roleMedians(roles, window, 'prime');

type Side = 'below' | 'above';

/** The role's months against a bar per month, when its score is on `side` of the bar in every one. */
function sustained(
  r: RoleUnderReview,
  window: ReviewWindow,
  bars: { side: Side; bar: (month: string) => number | undefined },
) {
  const months = window.months.map((month) => ({ month, m: r.monthly.get(month), bar: bars.bar(month) }));
  const held = months.every(
    ({ m, bar }) =>
      m !== undefined && bar !== undefined && (bars.side === 'below' ? m.mean < bar : m.mean > bar),
  );
  return held
    ? months.map(({ month, m, bar }) => ({
        month,
        meanScore: round2(m!.mean),
        snapshots: m!.snapshots,
        bar: round2(bar!),
      }))
    : null;
}

export interface DemotionSettings {
  /** The zone's floor (default: RAG red). */
  thresholdFor: (zoneId: string) => number;
  /** Offers over the period a prime needs before it is compared with the supplementaries. */
  minOffers: number;
}

/**
 * Primes below the zone's threshold in every month (the floor), or below the median of the zone's
 * supplementaries in every month with enough offers to judge (the mirror of promotion).
 */
export function demotionCandidates(
  roles: readonly RoleUnderReview[],
  window: ReviewWindow,
  settings: DemotionSettings,
): FlagCandidate[] {
  const medians = roleMedians(roles, window, 'supplementary');
  const n = window.months.length;
  const out: FlagCandidate[] = [];
  for (const r of roles) {
    if (r.role !== 'prime') continue;
    const threshold = settings.thresholdFor(r.zoneId);
    const floor = sustained(r, window, { side: 'below', bar: () => threshold });
    const candidate = {
      providerId: r.providerId,
      zoneId: r.zoneId,
      kind: 'demotion' as const,
      fromRole: 'prime' as const,
      toRole: 'supplementary' as const,
    };
    if (floor) {
      const months = floor.map(({ bar, ...m }) => ({ ...m, threshold: bar }));
      out.push({
        ...candidate,
        evidence: { rule: `monthly score below ${threshold} in each of the ${n} months`, months },
      });
      continue;
    }
    if (r.offers < settings.minOffers) continue;
    const zone = medians.get(r.zoneId);
    const trailing = zone && sustained(r, window, { side: 'below', bar: (month) => zone.get(month) });
    if (!trailing) continue;
    out.push({
      ...candidate,
      evidence: {
        rule: `monthly score below the zone's median supplementary score in each of the ${n} months, with at least ${settings.minOffers} offers`,
        months: trailing.map(({ bar, ...m }) => ({ ...m, supplementaryMedian: bar })),
        offers: r.offers,
        minOffers: settings.minOffers,
      },
    });
  }
  return out;
}

/** Supplementaries above their zone's median prime score in every month, with enough offers to judge. */
export function promotionCandidates(
  roles: readonly RoleUnderReview[],
  window: ReviewWindow,
  minOffers: number,
  zoneHasPrimes: (zoneId: string) => boolean,
): FlagCandidate[] {
  const medians = primeMedians(roles, window);
  const out: FlagCandidate[] = [];
  for (const r of roles) {
    if (r.role !== 'supplementary' || !zoneHasPrimes(r.zoneId) || r.offers < minOffers) continue;
    const zone = medians.get(r.zoneId);
    const leading = zone && sustained(r, window, { side: 'above', bar: (month) => zone.get(month) });
    if (!leading) continue;
    out.push({
      providerId: r.providerId,
      zoneId: r.zoneId,
      kind: 'promotion',
      fromRole: 'supplementary',
      toRole: 'prime',
      evidence: {
        rule: `monthly score above the zone's median prime score in each of the ${window.months.length} months, with at least ${minOffers} offers`,
        months: leading.map(({ bar, ...m }) => ({ ...m, primeMedian: bar })),
        offers: r.offers,
        minOffers,
      },
    });
  }
  return out;
}
