/**
 * The coverage report's rows as flat records (one value per column, in a fixed order), shared by
 * the CSV and the GeoJSON properties so that both carry exactly the JSON's figures. Money is in
 * pence (as in the JSON) with pounds beside it for spreadsheets; lists are joined with '; '.
 */
import { ROUND_KINDS } from '../allocation/policy';
import { HAND_BACK_REASONS, URGENCIES } from '../packages/model';
import { BANDS } from '../pricing/bands';
import type { AreaReport, Measure } from './model';
import { RAG_METRICS } from './targets/model';

export type Cell = string | number | boolean | null;
type Column = readonly [header: string, value: (row: AreaReport) => Cell];

const snake = (s: string) => s.replaceAll('-', '_');
const pounds = (pence: number | null | undefined) =>
  pence === null || pence === undefined ? null : pence / 100;

const bandColumns: Column[] = BANDS.flatMap((b): Column[] => [
  [`band_${b}_weekly_hours`, (r) => r.demand.byBand[b].weeklyHours],
  [`band_${b}_share_pct`, (r) => r.demand.byBand[b].sharePct],
  [`band_${b}_july_2019_share_pct`, (r) => r.demand.byBand[b].july2019SharePct],
]);

/** Each measure's target, tolerance, where it came from, and a zone override's who and why. */
const targetColumns: Column[] = RAG_METRICS.flatMap((m): Column[] => {
  const name = m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const of = (r: AreaReport): Measure => r.rag[m];
  return [
    [`target_${name}`, (r) => of(r).target?.target ?? null],
    [`tolerance_${name}`, (r) => of(r).target?.tolerance ?? null],
    [`target_source_${name}`, (r) => of(r).target?.source ?? null],
    [
      `override_${name}`,
      (r) => {
        const t = of(r).target;
        return t?.source === 'zone-override' ? `${t.setBy?.name ?? 'unknown'}: ${t.comment ?? ''}` : null;
      },
    ],
  ];
});

const urgencyColumns: Column[] = URGENCIES.flatMap((u): Column[] => [
  [`pick_up_${snake(u)}_awards`, (r) => r.pickUp.byUrgency[u]?.awards ?? 0],
  [`pick_up_${snake(u)}_median_hours`, (r) => r.pickUp.byUrgency[u]?.medianHours ?? null],
  [`pick_up_${snake(u)}_p90_hours`, (r) => r.pickUp.byUrgency[u]?.p90Hours ?? null],
  [`pick_up_${snake(u)}_within_target_pct`, (r) => r.pickUp.byUrgency[u]?.withinTargetPct ?? null],
]);

const roundColumns: Column[] = ROUND_KINDS.flatMap((k): Column[] => [
  [`awards_round_${snake(k)}`, (r) => r.pickUp.rounds[k]?.awards ?? 0],
  [`awards_round_${snake(k)}_pct`, (r) => r.pickUp.rounds[k]?.pct ?? null],
]);

const reasonColumns: Column[] = HAND_BACK_REASONS.map((reason): Column => [
  `hand_backs_${snake(reason)}`,
  (r) => r.handBacks.byReason[reason]?.count ?? 0,
]);

const handBackBandColumns: Column[] = BANDS.map((b): Column => [
  `hand_backs_band_${b}`,
  (r) => r.handBacks.byBand[b]?.count ?? 0,
]);

const costBandColumns: Column[] = BANDS.map((b): Column => [
  `cost_${b}_weekly_pence`,
  (r) => r.cost.atRatesInForce.byBand[b].weeklyPence,
]);

export const COVERAGE_COLUMNS: readonly Column[] = [
  ['area_type', (r) => r.area.type],
  ['zone_id', (r) => r.area.id],
  ['zone_name', (r) => r.area.name],
  ['size_class', (r) => r.area.sizeClass],
  ['primes', (r) => r.framework.primes.count],
  ['primes_minimum', (r) => r.framework.primes.minimum],
  ['zones_below_minimum_primes', (r) => r.framework.primes.zonesBelowMinimum],
  ['prime_names', (r) => r.framework.primes.names.join('; ')],
  ['primes_rated_inadequate', (r) => r.framework.primes.ratedInadequate],
  ['primes_below_minimum_reason', (r) => r.framework.primes.belowMinimumReason],
  ['supplementaries', (r) => r.framework.supplementaries.count],
  ['supplementary_names', (r) => r.framework.supplementaries.names.join('; ')],
  ['providers', (r) => r.framework.providers.count],
  ['providers_minimum', (r) => r.framework.providers.minimum],
  ['zones_below_minimum_providers', (r) => r.framework.providers.zonesBelowMinimum],
  ['chc_approved_providers', (r) => r.framework.chcApproved],
  ['members_not_taking_work', (r) => r.framework.notTakingWork],
  ['capacity_declared_weekly_hours', (r) => r.framework.capacity.declaredWeeklyHours],
  ['capacity_stale_or_missing', (r) => r.framework.capacity.staleOrMissing],
  ['planned_weekly_hours_july_2019', (r) => r.demand.plannedWeeklyHoursJuly2019],
  ['placed_weekly_hours', (r) => r.demand.placedWeeklyHours],
  ['placed_pct_of_planned', (r) => r.demand.placedPctOfPlanned],
  ['placed_packages', (r) => r.demand.placedPackages],
  ['in_care_packages', (r) => r.demand.inCarePackages],
  ['chc_packages', (r) => r.demand.chc.packages],
  ['chc_weekly_hours', (r) => r.demand.chc.weeklyHours],
  ...bandColumns,
  ['waiting_packages', (r) => r.unmetNeed.packages],
  ['waiting_weekly_hours', (r) => r.unmetNeed.weeklyHours],
  ['waiting_unplaced', (r) => r.unmetNeed.unplaced],
  ['waiting_hospital_discharge', (r) => r.unmetNeed.hospitalDischarge],
  ['longest_wait_hours', (r) => r.unmetNeed.longestWaitHours],
  ['median_wait_hours', (r) => r.unmetNeed.medianWaitHours],
  ['pick_up_awards', (r) => r.pickUp.all.awards],
  ['pick_up_median_hours', (r) => r.pickUp.all.medianHours],
  ['pick_up_p90_hours', (r) => r.pickUp.all.p90Hours],
  ['pick_up_within_target', (r) => r.pickUp.all.withinTarget],
  ['pick_up_within_target_pct', (r) => r.pickUp.all.withinTargetPct],
  ...urgencyColumns,
  ...roundColumns,
  ['hand_backs', (r) => r.handBacks.count],
  ['hand_back_weekly_hours', (r) => r.handBacks.weeklyHours],
  ['hand_backs_per_100_awards', (r) => r.handBacks.per100Awards],
  ...reasonColumns,
  ...handBackBandColumns,
  ['band_overrides', (r) => r.bandOverrides.packages],
  ['cost_weekly_pence', (r) => r.cost.atRatesInForce.weeklyPence],
  ['cost_weekly_gbp', (r) => pounds(r.cost.atRatesInForce.weeklyPence)],
  ['cost_annual_pence', (r) => r.cost.atRatesInForce.annualPence],
  ['cost_annual_gbp', (r) => pounds(r.cost.atRatesInForce.annualPence)],
  ['average_hourly_rate_pence', (r) => r.cost.atRatesInForce.averageHourlyRatePence],
  ['average_hourly_rate_gbp', (r) => pounds(r.cost.atRatesInForce.averageHourlyRatePence)],
  ...costBandColumns,
  ['rag_overall', (r) => r.rag.overall],
  ['rag_coverage', (r) => r.rag.coverage.rag],
  ['rag_supply', (r) => r.rag.supply.rag],
  ['rag_pick_up', (r) => r.rag.pickUp.rag],
  ['rag_prime_share', (r) => r.rag.primeShare.rag],
  ['rag_longest_wait', (r) => r.rag.longestWait.rag],
  ['rag_hand_backs', (r) => r.rag.handBacks.rag],
  ...targetColumns,
];

export const COVERAGE_HEADERS = COVERAGE_COLUMNS.map(([header]) => header);

export function flattenArea(row: AreaReport): Record<string, Cell> {
  return Object.fromEntries(COVERAGE_COLUMNS.map(([header, value]) => [header, value(row)]));
}
