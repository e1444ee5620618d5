/**
 * The sections of one row of the coverage report (a zone, or the county), as pure functions of the
 * aggregates read by queries.ts. Definitions: docs/reports.md "Coverage report".
 */
import { HAND_BACK_REASONS, URGENCIES } from '../packages/model';
import { ROUND_KINDS } from '../allocation/policy';
import { pct, round1 } from '../performance/kpis/kpis';
import { BANDS, type Band } from '../pricing/bands';
import { divideRounded } from '../pricing/money';
import { annualCost, priceWeekly } from '../pricing/price';
import type { RateCard } from '../pricing/rate-card';
import { MAINTENANCE_HOURS_JULY_2019 } from '../zones/catalogue';
import type {
  CostFigures,
  DemandSection,
  HandBackSection,
  PickUpFigures,
  PickUpSection,
  UnmetNeedSection,
} from './model';
import type { AwardRow, HandBackRow, PlacedRow, WaitingRow } from './queries';
import { NO_QUANTILES, type Quantiles } from './quantile-queries';

const HOUR = 3_600_000;

/** Minutes as hours to two decimal places, for display (600 → 10, 50 → 0.83). */
export const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const msToHours = (ms: number | null) => (ms === null ? null : round1(ms / HOUR));
const sum = <T>(rows: readonly T[], of: (row: T) => number) => rows.reduce((s, r) => s + of(r), 0);

/** A share in percent to two decimals, rounded with the service's one rule (as src/pricing/cost-model.ts). */
export function sharePct(part: number, whole: number): number | null {
  return whole > 0 ? divideRounded(part * 10_000, whole) / 100 : null;
}

/** The July 2019 band split of maintenance hours (HC20 ¶39): 65.21 / 25.82 / 7.23 / 1.74 %. */
export function july2019BandShares(): Record<Band, number> {
  const total = BANDS.reduce((s, b) => s + MAINTENANCE_HOURS_JULY_2019[b], 0);
  return Object.fromEntries(
    BANDS.map((b) => [b, sharePct(MAINTENANCE_HOURS_JULY_2019[b], total)!]),
  ) as Record<Band, number>;
}

interface BandTotal {
  minutes: number;
  rateMinutes: number;
}

export function bandTotals(rows: readonly PlacedRow[]): Record<Band, BandTotal> {
  const out = Object.fromEntries(BANDS.map((b) => [b, { minutes: 0, rateMinutes: 0 }])) as Record<
    Band,
    BandTotal
  >;
  for (const r of rows) {
    const t = out[r.band as Band];
    if (!t) continue; // a band outside the four cannot be priced; packages only ever carry the four
    t.minutes += r.weeklyMinutes;
    t.rateMinutes += r.ratePenceTimesMinutes;
  }
  return out;
}

export function demandSection(rows: readonly PlacedRow[], plannedWeeklyHours: number): DemandSection {
  const totals = bandTotals(rows);
  const minutes = sum(rows, (r) => r.weeklyMinutes);
  const baseline = july2019BandShares();
  return {
    plannedWeeklyHoursJuly2019: plannedWeeklyHours,
    placedWeeklyHours: hours(minutes),
    placedPctOfPlanned: pct(minutes, plannedWeeklyHours * 60),
    placedPackages: sum(rows, (r) => r.packages),
    inCarePackages: sum(rows, (r) => r.inCare),
    chc: {
      packages: sum(rows, (r) => r.chcPackages),
      weeklyHours: hours(sum(rows, (r) => r.chcWeeklyMinutes)),
    },
    byBand: Object.fromEntries(
      BANDS.map((b) => [
        b,
        {
          weeklyHours: hours(totals[b].minutes),
          sharePct: sharePct(totals[b].minutes, minutes),
          july2019SharePct: baseline[b],
        },
      ]),
    ) as DemandSection['byBand'],
  };
}

export function unmetNeedSection(
  rows: readonly WaitingRow[],
  wait: Quantiles | undefined,
  asOf: number,
): UnmetNeedSection {
  const oldest = rows.length > 0 ? Math.min(...rows.map((r) => r.oldestOpenedAt)) : null;
  return {
    packages: sum(rows, (r) => r.packages),
    weeklyHours: hours(sum(rows, (r) => r.weeklyMinutes)),
    unplaced: sum(rows, (r) => r.unplaced),
    hospitalDischarge: sum(
      rows.filter((r) => r.urgency === 'hospital-discharge'),
      (r) => r.packages,
    ),
    longestWaitHours: oldest === null ? null : msToHours(asOf - oldest),
    medianWaitHours: msToHours((wait ?? NO_QUANTILES).median),
  };
}

function pickUpFigures(rows: readonly AwardRow[], q: Quantiles | undefined): PickUpFigures {
  const awards = sum(rows, (r) => r.awards);
  const withinTarget = sum(rows, (r) => r.withinTarget);
  const { median, p90 } = q ?? NO_QUANTILES;
  return {
    awards,
    medianHours: msToHours(median),
    p90Hours: msToHours(p90),
    withinTarget,
    withinTargetPct: pct(withinTarget, awards),
  };
}

/** `quantiles(urgency)` gives the pick-up quantiles of the row's awards of one urgency, or of all (null). */
export function pickUpSection(
  rows: readonly AwardRow[],
  quantiles: (urgency: string | null) => Quantiles | undefined,
): PickUpSection {
  const all = pickUpFigures(rows, quantiles(null));
  const kinds = [...new Set([...ROUND_KINDS, ...rows.map((r) => r.roundKind)])];
  return {
    all,
    byUrgency: Object.fromEntries(
      URGENCIES.map((u) => [
        u,
        pickUpFigures(
          rows.filter((r) => r.urgency === u),
          quantiles(u),
        ),
      ]),
    ),
    rounds: Object.fromEntries(
      kinds.map((k) => {
        const awards = sum(
          rows.filter((r) => r.roundKind === k),
          (r) => r.awards,
        );
        return [k, { awards, pct: pct(awards, all.awards) }];
      }),
    ),
  };
}

/** Count and weekly hours of the hand-back rows with each key (every key listed, zero when none). */
function handBacksBy(rows: readonly HandBackRow[], keys: readonly string[], key: (r: HandBackRow) => string) {
  return Object.fromEntries(
    keys.map((k) => {
      const of = rows.filter((r) => key(r) === k);
      return [k, { count: sum(of, (r) => r.count), weeklyHours: hours(sum(of, (r) => r.weeklyMinutes)) }];
    }),
  );
}

export function handBackSection(rows: readonly HandBackRow[], awards: number): HandBackSection {
  const count = sum(rows, (r) => r.count);
  const reasons = [...new Set([...HAND_BACK_REASONS, ...rows.map((r) => r.reason)])];
  return {
    count,
    weeklyHours: hours(sum(rows, (r) => r.weeklyMinutes)),
    per100Awards: pct(count, awards),
    byReason: handBacksBy(rows, reasons, (r) => r.reason),
    byBand: handBacksBy(rows, BANDS, (r) => r.band),
  };
}

/**
 * Placed hours priced per band: at the rates frozen on the packages (`card` undefined), or at a
 * rate card. Each band's weekly cost is rounded once (src/pricing/money.ts); the total is the sum
 * of the bands. `weeklyByBand`, when given, replaces the bands' weekly costs: the county's are the
 * sums of the zones' rounded figures, so that every column of the report adds up.
 */
export function costFigures(
  totals: Record<Band, BandTotal>,
  card?: RateCard,
  weeklyByBand?: Record<Band, number>,
): CostFigures {
  const byBand = Object.fromEntries(
    BANDS.map((b) => {
      const { minutes } = totals[b];
      const rateMinutes = card ? card.rates[b] * minutes : totals[b].rateMinutes;
      const weeklyPence =
        weeklyByBand?.[b] ??
        (card ? priceWeekly(b, minutes, card).weeklyCostPence : divideRounded(rateMinutes, 60));
      const average = card ? card.rates[b] : minutes > 0 ? divideRounded(rateMinutes, minutes) : null;
      return [
        b,
        { weeklyHours: hours(minutes), weeklyPence, averageHourlyRatePence: average, rateMinutes, minutes },
      ];
    }),
  );
  const bands = BANDS.map((b) => byBand[b]!);
  const minutes = sum(bands, (b) => b.minutes);
  const rateMinutes = sum(bands, (b) => b.rateMinutes);
  const weeklyPence = sum(bands, (b) => b.weeklyPence);
  return {
    weeklyPence,
    annualPence: annualCost(weeklyPence),
    averageHourlyRatePence: minutes > 0 ? divideRounded(rateMinutes, minutes) : null,
    byBand: Object.fromEntries(
      BANDS.map((b) => {
        const { weeklyHours, weeklyPence: w, averageHourlyRatePence } = byBand[b]!;
        return [b, { weeklyHours, weeklyPence: w, averageHourlyRatePence }];
      }),
    ) as CostFigures['byBand'],
  };
}
