/**
 * The demand the simulator generates, calibrated to the council's July 2019 figures
 * (docs/specification/zones-and-bands.md §2.4; docs/specification/rates-and-costs.md §3.2). The
 * papers give totals and shares, not a package-level model, so the package size, duration and
 * urgency mix below are this simulator's choices (marked SUGGESTION, as
 * docs/specification/README.md §0.1 marks the service's own choices), chosen so that a year brings
 * about 5,000 new packages while the hours in care stay near the baseline.
 *
 * Steady state (Little's law): hours in care = arrivals per week × mean duration (weeks) × mean hours.
 *   18,000 h = (5,000 / 52.18) × 19.8 weeks × 9.5 h  → about 1,895 packages in care at any time.
 */
import { BANDS, type Band } from '../../pricing/bands';
import { MAINTENANCE_HOURS_JULY_2019, ZONE_CATALOGUE } from '../../zones/catalogue';
import type { Specialism, Urgency } from '../../packages/model';

export const WEEKS_PER_YEAR = 365.25 / 7;

export interface DemandParameters {
  /** New package requests in a year (the "year of county demand"). */
  packagesPerYear: number;
  /**
   * Hours in care to hold steady: the 18,000 h/week maintenance baseline (HC20 ¶39), not the 23,150
   * planned (docs/specification/reporting.md §8.2).
   */
  standingWeeklyHours: number;
  /** Mean weekly hours of a package (SUGGESTION); sizes are log-normal with this mean. */
  meanWeeklyHours: number;
  /** Log-scale spread of package sizes: 0.6 gives a median of 7.9 h and a 90th percentile of about 17 h. */
  sizeSigma: number;
  minWeeklyHours: number;
  maxWeeklyHours: number;
  /** Share of requests by urgency (SUGGESTION: the papers stress hospital-driven demand, MTFS22 ¶48–51, but give no share). */
  urgencyShares: Record<Urgency, number>;
  /** Share of CHC-funded packages (SUGGESTION; 15 of 49 providers are CHC-approved, HC21 ¶18). */
  chcShare: number;
  /**
   * Share of hospital-discharge packages funded as discharge to assess (SUGGESTION, the service's
   * assumption: the papers assume £6m a year of NHS discharge income, MTFS22 ¶48–51, against a home-care
   * budget of about £32m in 2022/23, docs/specification/rates-and-costs.md §3.6 — about 19% of spend; with
   * a quarter of requests from hospital that is about three in four discharges).
   */
  d2aShareOfDischarge: number;
  /** Share of the other non-CHC packages jointly funded (SUGGESTION: the papers give no figure). */
  jointShare: number;
  /** Days of a D2A package's funded period, from its wanted start (SUGGESTION: the papers give none). */
  d2aFundedDays: number;
  /** Share of packages needing two carers (MTFS18 ¶65: about 445 people). */
  twoCarerShare: number;
  /**
   * Share of packages calling for each specialist service (SUGGESTION: the papers name dementia care
   * as the specialist service, HC20 ¶12–13, but give no volumes; dementia is taken as the largest).
   */
  specialismShares: Record<Specialism, number>;
  /** Share of packages needing female carers only (SUGGESTION; no figure in the papers). */
  femaleCarersShare: number;
  /** Referrals by weekday, Monday first (normalised): fewer at weekends. */
  weekdayWeights: readonly number[];
}

export const DEFAULT_DEMAND: DemandParameters = {
  packagesPerYear: 5_000,
  standingWeeklyHours: 18_000,
  meanWeeklyHours: 9.5,
  sizeSigma: 0.6,
  minWeeklyHours: 1,
  maxWeeklyHours: 60,
  urgencyShares: { standard: 0.65, 'hospital-discharge': 0.25, urgent: 0.1 },
  chcShare: 0.06,
  d2aShareOfDischarge: 0.75,
  jointShare: 0.02,
  d2aFundedDays: 28,
  twoCarerShare: 0.15,
  specialismShares: {
    dementia: 0.1,
    'end-of-life': 0.03,
    'mental-health': 0.02,
    'learning-disability': 0.02,
  },
  femaleCarersShare: 0.05,
  weekdayWeights: [1.2, 1.2, 1.2, 1.2, 1.2, 0.5, 0.5],
};

/** Mean package duration in days that keeps the standing load steady (Little's law, above). */
export function meanDurationDays(p: DemandParameters): number {
  const arrivalsPerWeek = p.packagesPerYear / WEEKS_PER_YEAR;
  const packagesInCare = p.standingWeeklyHours / p.meanWeeklyHours;
  return (packagesInCare / arrivalsPerWeek) * 7;
}

/** The band shares of July 2019 maintenance hours (HC20 ¶39): 65.2 / 25.8 / 7.2 / 1.7 %. */
export function baselineBandShares(): Record<Band, number> {
  const total = BANDS.reduce((s, b) => s + MAINTENANCE_HOURS_JULY_2019[b], 0);
  return Object.fromEntries(BANDS.map((b) => [b, MAINTENANCE_HOURS_JULY_2019[b] / total])) as Record<
    Band,
    number
  >;
}

/** Each zone's share of the 23,150 planned weekly hours (HC20 App C). */
export function baselineZoneShares(): Record<string, number> {
  const total = ZONE_CATALOGUE.reduce((s, z) => s + z.plannedWeeklyHours, 0);
  return Object.fromEntries(ZONE_CATALOGUE.map((z) => [z.id, z.plannedWeeklyHours / total]));
}

/**
 * Weights of each (zone, band) cell such that zone totals follow the planned hours and band totals
 * the July 2019 band mix, by iterative proportional fitting from the count of small areas in each
 * cell (a zone with no isolated areas gets no isolated demand). Weights sum to 1.
 *
 * @example fitZoneBandWeights(counts)['melton']['rural'] // ≈ 0.013
 */
export function fitZoneBandWeights(
  areaCounts: Record<string, Partial<Record<Band, number>>>,
  zoneShares: Record<string, number> = baselineZoneShares(),
  bandShares: Record<Band, number> = baselineBandShares(),
  iterations = 500,
): Record<string, Record<Band, number>> {
  const zones = Object.keys(zoneShares);
  const w: Record<string, Record<Band, number>> = {};
  for (const zone of zones) {
    w[zone] = Object.fromEntries(BANDS.map((b) => [b, areaCounts[zone]?.[b] ?? 0])) as Record<Band, number>;
  }
  for (let i = 0; i < iterations; i++) {
    for (const zone of zones) {
      const row = BANDS.reduce((s, b) => s + w[zone]![b], 0);
      if (row > 0) for (const b of BANDS) w[zone]![b] *= zoneShares[zone]! / row;
    }
    for (const b of BANDS) {
      const col = zones.reduce((s, zone) => s + w[zone]![b], 0);
      if (col > 0) for (const zone of zones) w[zone]![b] *= bandShares[b] / col;
    }
  }
  return w;
}
