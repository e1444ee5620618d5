import { MAINTENANCE_HOURS_JULY_2019 } from '../zones/catalogue';
import { BANDS, type Band } from './bands';
import { divideRounded } from './money';
import { hoursToMinutes, minutesToHours } from './minutes';
import { annualCost, priceWeekly } from './price';
import { INDICATIVE_RATE_CARD_2021, type RateCard } from './rate-card';

/** Weekly care hours per band; decimal hours are fine (converted to whole minutes once, here). */
export type HoursByBand = Record<Band, number>;

export interface BandCost {
  band: Band;
  weeklyHours: number;
  weeklyMinutes: number;
  /** Share of all weekly hours in hundredths of a percent (6521 = 65.21%), rounded with the one rule. */
  shareBasisPoints: number;
  /** `shareBasisPoints / 100`, for display. Shares are rounded separately, so may not total exactly 100. */
  sharePercent: number;
  hourlyRatePence: number;
  weeklyCostPence: number;
}

export interface CostModel {
  totalWeeklyHours: number;
  /** Σ(minutes × rate) / Σ minutes, rounded once; null when there are no hours to average. */
  averageHourlyRatePence: number | null;
  /** Sum of the bands' rounded weekly costs, so the breakdown adds up. */
  weeklyCostPence: number;
  /** weeklyCostPence × 52 (price.ts WEEKS_PER_YEAR, docs/specification/rates-and-costs.md §3.5). */
  annualCostPence: number;
  bands: BandCost[];
  rateCardAppliesFrom: string;
  rateCardLabel: string | undefined;
}

/**
 * The commissioners' weighted cost model (docs/specification/reporting.md §8.1,
 * docs/specification/rates-and-costs.md §3.5, story C3): weekly hours by band priced at a rate
 * card. Defaults reproduce the council's own check (§3.5): July 2019 maintenance hours (HC20 ¶39)
 * at the indicative rates give an average of £19.56/h and about £18.3m a year.
 *
 * @example costModel().averageHourlyRatePence // 1956
 */
export function costModel(
  hoursByBand: HoursByBand = MAINTENANCE_HOURS_JULY_2019,
  card: RateCard = INDICATIVE_RATE_CARD_2021,
): CostModel {
  const minutesByBand = BANDS.map((band) => ({ band, minutes: hoursToMinutes(hoursByBand[band]) }));
  const totalMinutes = minutesByBand.reduce((sum, b) => sum + b.minutes, 0);
  const bands = minutesByBand.map(({ band, minutes }): BandCost => {
    const { hourlyRatePence, weeklyCostPence } = priceWeekly(band, minutes, card);
    const shareBasisPoints = totalMinutes === 0 ? 0 : divideRounded(minutes * 10_000, totalMinutes);
    return {
      band,
      weeklyHours: minutesToHours(minutes),
      weeklyMinutes: minutes,
      shareBasisPoints,
      sharePercent: shareBasisPoints / 100,
      hourlyRatePence,
      weeklyCostPence,
    };
  });
  const rateTimesMinutes = bands.reduce(
    (sum, b) => sum + BigInt(b.hourlyRatePence) * BigInt(b.weeklyMinutes),
    0n,
  );
  const weeklyCostPence = bands.reduce((sum, b) => sum + b.weeklyCostPence, 0);
  return {
    totalWeeklyHours: minutesToHours(totalMinutes),
    averageHourlyRatePence: totalMinutes === 0 ? null : divideRounded(rateTimesMinutes, totalMinutes),
    weeklyCostPence,
    annualCostPence: annualCost(weeklyCostPence),
    bands,
    rateCardAppliesFrom: card.appliesFrom,
    rateCardLabel: card.label,
  };
}
