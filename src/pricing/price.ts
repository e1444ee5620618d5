import type { IsoDate } from '../calendar/dates';
import type { Band } from './bands';
import { divideRounded } from './money';
import { assertMinutes } from './minutes';
import { rateCardSegments, type RateCard } from './rate-card';

/**
 * domain.md §3.2: the council annualises weekly figures with 52 weeks
 * (18,000 h × 52 wk × £19.56 = £18.31m), so projections here use 52 too and stay comparable
 * with the papers and the budget lines they are checked against (story C3). 52 × 7 = 364 days,
 * so a true calendar year is about 1.25 days more; that is deliberate.
 */
export const WEEKS_PER_YEAR = 52;

const MINUTES_PER_HOUR = 60;
const DAYS_PER_WEEK = 7;

export interface WeeklyPrice {
  hourlyRatePence: number;
  weeklyCostPence: number;
}

/**
 * A package's weekly cost: band rate × weekly minutes / 60, rounded once (money.ts rule).
 *
 * @example priceWeekly('urban', 450, INDICATIVE_RATE_CARD_2021)
 *   // { hourlyRatePence: 1875, weeklyCostPence: 14063 } (7.5 h × £18.75 = £140.625 → £140.63)
 */
export function priceWeekly(band: Band, weeklyMinutes: number, card: RateCard): WeeklyPrice {
  assertMinutes(weeklyMinutes, 'weeklyMinutes');
  const hourlyRatePence = card.rates[band];
  return { hourlyRatePence, weeklyCostPence: weeklyCost(hourlyRatePence, weeklyMinutes) };
}

/** Weekly cost at a known hourly rate (e.g. the rate frozen on a package at intake). */
export function weeklyCost(hourlyRatePence: number, weeklyMinutes: number): number {
  assertMinutes(weeklyMinutes, 'weeklyMinutes');
  return divideRounded(hourlyRatePence * weeklyMinutes, MINUTES_PER_HOUR);
}

export interface PricedSegment {
  from: IsoDate;
  to: IsoDate;
  days: number;
  hourlyRatePence: number;
  /** rate × weekly minutes × days / (60 × 7), rounded once. */
  costPence: number;
}

export interface RangePrice {
  /** Exactly the sum of the segments' rounded `costPence`, so the breakdown always adds up. */
  totalPence: number;
  segments: PricedSegment[];
}

/**
 * Cost of a package of `weeklyMinutes` a week over the inclusive range `from`..`to`, priced
 * day-proportionally and piecewise: each stretch of days is priced at the card in force on
 * those days, so a package spanning an uplift pays the old rate up to the day before and the
 * new rate from the day of. Each segment is rounded once; the total is the sum of the rounded
 * segments (never re-rounded from an unrounded grand total), so a bill's lines add up.
 * Throws if any day in the range has no card in force: such a day cannot be priced.
 *
 * @example priceRange('urban', 600, { from: '2021-11-01', to: '2021-11-07' }, [INDICATIVE_RATE_CARD_2021])
 *   // one week of 10 h: { totalPence: 18750, segments: [{ ..., days: 7, costPence: 18750 }] }
 */
export function priceRange(
  band: Band,
  weeklyMinutes: number,
  { from, to }: { from: IsoDate; to: IsoDate },
  cards: readonly RateCard[],
): RangePrice {
  assertMinutes(weeklyMinutes, 'weeklyMinutes');
  const segments = rateCardSegments(cards, from, to).map((segment): PricedSegment => {
    if (!segment.card) {
      throw new RangeError(`no rate card is in force from ${segment.from} to ${segment.to}`);
    }
    const hourlyRatePence = segment.card.rates[band];
    const costPence = divideRounded(
      BigInt(hourlyRatePence) * BigInt(weeklyMinutes) * BigInt(segment.days),
      MINUTES_PER_HOUR * DAYS_PER_WEEK,
    );
    return { from: segment.from, to: segment.to, days: segment.days, hourlyRatePence, costPence };
  });
  const totalPence = segments.reduce((sum, s) => sum + s.costPence, 0);
  return { totalPence, segments };
}

/** A weekly cost over a year of 52 weeks (see WEEKS_PER_YEAR). Exact: no rounding needed. */
export function annualCost(weeklyCostPence: number): number {
  if (!Number.isSafeInteger(weeklyCostPence)) {
    throw new RangeError(`weeklyCostPence must be a whole number of pence, got ${weeklyCostPence}`);
  }
  return weeklyCostPence * WEEKS_PER_YEAR;
}
