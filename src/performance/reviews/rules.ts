/**
 * Promotion and demotion rules (domain.md §4.1 rules 5–7, §7 row 7), as pure functions over
 * monthly mean scores. The papers leave "consistently" and "defined period" open; here:
 *
 * - a month's score for a (provider, zone) is the mean of its snapshots computed in that month;
 * - demotion: a prime whose monthly score is below the zone's threshold (default: RAG red) in each
 *   of the last N complete calendar months (default 3);
 * - promotion: a supplementary whose monthly score is above the median of the zone's primes'
 *   monthly scores in each of those months, with at least M offers in the zone over them (default 10).
 *
 * A month without a snapshot breaks the run: no evidence, no flag.
 *
 * Example: review on 2026-05-01, N = 3 → months 2026-02, 2026-03, 2026-04; a prime at 42, 45, 48
 * against a threshold of 50 is flagged; at 42, 55, 48 it is not.
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

/** Primes below the zone's threshold in every month of the window. */
export function demotionCandidates(
  roles: readonly RoleUnderReview[],
  window: ReviewWindow,
  thresholdFor: (zoneId: string) => number,
): FlagCandidate[] {
  const out: FlagCandidate[] = [];
  for (const r of roles) {
    if (r.role !== 'prime') continue;
    const threshold = thresholdFor(r.zoneId);
    const months = window.months.map((month) => ({ month, m: r.monthly.get(month) }));
    if (!months.every(({ m }) => m !== undefined && m.mean < threshold)) continue;
    out.push({
      providerId: r.providerId,
      zoneId: r.zoneId,
      kind: 'demotion',
      fromRole: 'prime',
      toRole: 'supplementary',
      evidence: {
        rule: `monthly score below ${threshold} in each of the ${window.months.length} months`,
        months: months.map(({ month, m }) => ({
          month,
          meanScore: round2(m!.mean),
          snapshots: m!.snapshots,
          threshold,
        })),
      },
    });
  }
  return out;
}

/** Each zone's median prime score per month (over primes with a score that month). */
export function primeMedians(
  roles: readonly RoleUnderReview[],
  window: ReviewWindow,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const zones = new Set(roles.filter((r) => r.role === 'prime').map((r) => r.zoneId));
  for (const zoneId of zones) {
    const primes = roles.filter((r) => r.role === 'prime' && r.zoneId === zoneId);
    const byMonth = new Map<string, number>();
    for (const month of window.months) {
      const values = primes
        .map((p) => p.monthly.get(month)?.mean)
        .filter((v): v is number => v !== undefined);
      const median = percentile(values, 0.5);
      if (median !== null) byMonth.set(month, median);
    }
    out.set(zoneId, byMonth);
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
    if (!zone) continue;
    const months = window.months.map((month) => ({
      month,
      m: r.monthly.get(month),
      median: zone.get(month),
    }));
    if (!months.every(({ m, median }) => m !== undefined && median !== undefined && m.mean > median))
      continue;
    out.push({
      providerId: r.providerId,
      zoneId: r.zoneId,
      kind: 'promotion',
      fromRole: 'supplementary',
      toRole: 'prime',
      evidence: {
        rule: `monthly score above the zone's median prime score in each of the ${window.months.length} months, with at least ${minOffers} offers`,
        months: months.map(({ month, m, median }) => ({
          month,
          meanScore: round2(m!.mean),
          snapshots: m!.snapshots,
          primeMedian: round2(median!),
        })),
        offers: r.offers,
        minOffers,
      },
    });
  }
  return out;
}
