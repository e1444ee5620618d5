/**
 * GET /reports/coverage on the hand-built history of test/reports/history.ts: every figure of the
 * report is checked against arithmetic done by hand (in the comments): here the framework, demand,
 * unmet need and cost; in coverage-brokerage.test.ts pick-up, hand-backs and RAG;
 * coverage-http.test.ts checks the CSV and GeoJSON forms against the JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaReport, CoverageReport } from '../../src/reports/model';
import type { TestContext } from '../helpers/context';
import { coverageCase } from './coverage-case';
import type { ReportHistory } from './history';

describe('GET /reports/coverage', () => {
  let ctx: TestContext;
  let history: ReportHistory;
  let report: CoverageReport;
  let bottesford: AreaReport;
  let harborough: AreaReport;
  let county: AreaReport;

  beforeAll(async () => {
    ({ ctx, history, report, bottesford, harborough, county } = await coverageCase());
  });
  afterAll(() => ctx.destroy());
  it('states its period, instant, targets, the card in force and the July 2019 baselines', () => {
    expect(report.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(report.asOf).toBe('2026-01-01T00:00:00.000Z'); // the end of 31 Dec in England (GMT)
    expect(report.frameworkAsAt).toBe('2026-01-05T09:00:00.000Z'); // the test clock: when the report ran
    expect(report.pickUpTargetDays).toEqual({ urgent: 0, standard: 2 });
    expect(report.rateCardInForce).toEqual({
      id: history.cardId,
      appliesFrom: '2025-10-01',
      label: 'Report test card',
    });
    expect(report.baselines).toEqual({
      plannedWeeklyHoursJuly2019: 23_150, // HC20 App C
      maintenanceWeeklyHoursJuly2019: 18_000, // 11,737 + 4,648 + 1,301 + 314 (HC20 ¶39)
      // 11,737 / 18,000 = 65.2055% → 65.21; 4,648 → 25.822 → 25.82; 1,301 → 7.228 → 7.23; 314 → 1.744 → 1.74
      bandSharePctJuly2019: { urban: 65.21, fringe: 25.82, rural: 7.23, isolated: 1.74 },
    });
    expect(report.ragThresholds).toMatchObject({
      supplyPct: { green: 90, amber: 75 },
      coverageAmberMargin: 0,
    });
    expect(report.zones.map((z) => z.area.id)).toHaveLength(14);
    expect(report.zones[0]!.area).toEqual({
      type: 'zone',
      id: 'coalville-ashby',
      name: 'Coalville and Ashby',
      sizeClass: 'large',
    });
  });

  it('counts the framework per zone against its minimums', () => {
    expect(bottesford.framework).toEqual({
      primes: {
        count: 2,
        minimum: 2,
        zonesBelowMinimum: 0,
        names: ['Alpha Care', 'Beta Care'],
        ratedInadequate: 0,
        belowMinimumReason: null,
      },
      supplementaries: { count: 1, names: ['=Gamma Care'] },
      providers: { count: 3, minimum: 2, zonesBelowMinimum: 0 },
      chcApproved: 2, // Alpha, =Gamma
      notTakingWork: 0,
      // Alpha's 600 min + =Gamma's 300 min declared on 1 Jan 2026 = 15 h; Beta's 2021 declaration is stale.
      capacity: { declaredWeeklyHours: 15, staleOrMissing: 1 },
    });
    expect(harborough.framework).toEqual({
      primes: {
        count: 0,
        minimum: 0,
        zonesBelowMinimum: 0,
        names: [],
        ratedInadequate: 0,
        belowMinimumReason: null,
      },
      // Delta is suspended: a member that takes no work, not counted as a provider.
      supplementaries: { count: 1, names: ['=Gamma Care'] },
      providers: { count: 1, minimum: 2, zonesBelowMinimum: 1 },
      chcApproved: 1,
      notTakingWork: 1,
      capacity: { declaredWeeklyHours: 0, staleOrMissing: 1 },
    });
    expect(county.framework).toEqual({
      // 12 empty zones need 2 primes
      primes: {
        count: 2,
        minimum: null,
        zonesBelowMinimum: 12,
        names: [],
        ratedInadequate: 0,
        belowMinimumReason: null,
      },
      supplementaries: { count: 1, names: [] }, // =Gamma, counted once
      providers: { count: 3, minimum: null, zonesBelowMinimum: 13 }, // the 12 empty zones and Harborough Rural
      chcApproved: 2,
      notTakingWork: 1,
      capacity: { declaredWeeklyHours: 15, staleOrMissing: 2 },
    });
  });

  it('sets placed hours, by band, beside the planned hours and the July 2019 split', () => {
    const baseline = { urban: 65.21, fringe: 25.82, rural: 7.23, isolated: 1.74 };
    // Placed at the end of the year: K1 urban 600 min, K2 fringe 300 (CHC), K3 rural 120, K5 urban 480 (episode 2).
    // K6 ended on 28 Dec, K9 was awarded only on 1 Jan, K10 was cancelled.
    expect(bottesford.demand).toEqual({
      plannedWeeklyHoursJuly2019: 100,
      placedWeeklyHours: 25, // 1,500 min
      placedPctOfPlanned: 25, // 25 / 100
      placedPackages: 4,
      inCarePackages: 2, // K1 (started 3 Dec), K3 (17 Dec)
      chc: { packages: 1, weeklyHours: 5 },
      byBand: {
        urban: { weeklyHours: 18, sharePct: 72, july2019SharePct: baseline.urban }, // 1,080 / 1,500
        fringe: { weeklyHours: 5, sharePct: 20, july2019SharePct: baseline.fringe },
        rural: { weeklyHours: 2, sharePct: 8, july2019SharePct: baseline.rural },
        isolated: { weeklyHours: 0, sharePct: 0, july2019SharePct: baseline.isolated },
      },
    });
    // K4 isolated 900 min (in care) + K11 isolated 420 (episode 2, awarded to Alpha) = 1,320 min = 22 h.
    expect(harborough.demand).toEqual({
      plannedWeeklyHoursJuly2019: 175,
      placedWeeklyHours: 22,
      placedPctOfPlanned: 12.6, // 22 / 175 = 12.57%
      placedPackages: 2,
      inCarePackages: 1,
      chc: { packages: 0, weeklyHours: 0 },
      byBand: {
        urban: { weeklyHours: 0, sharePct: 0, july2019SharePct: baseline.urban },
        fringe: { weeklyHours: 0, sharePct: 0, july2019SharePct: baseline.fringe },
        rural: { weeklyHours: 0, sharePct: 0, july2019SharePct: baseline.rural },
        isolated: { weeklyHours: 22, sharePct: 100, july2019SharePct: baseline.isolated },
      },
    });
    expect(county.demand).toEqual({
      plannedWeeklyHoursJuly2019: 23_150,
      placedWeeklyHours: 47, // 2,820 min
      placedPctOfPlanned: 0.2, // 47 / 23,150 = 0.203%
      placedPackages: 6,
      inCarePackages: 3,
      chc: { packages: 1, weeklyHours: 5 },
      byBand: {
        urban: { weeklyHours: 18, sharePct: 38.3, july2019SharePct: baseline.urban }, // 1,080 / 2,820 = 38.298%
        fringe: { weeklyHours: 5, sharePct: 10.64, july2019SharePct: baseline.fringe }, // 300 / 2,820 = 10.638%
        rural: { weeklyHours: 2, sharePct: 4.26, july2019SharePct: baseline.rural }, // 120 / 2,820 = 4.255%
        isolated: { weeklyHours: 22, sharePct: 46.81, july2019SharePct: baseline.isolated }, // 1,320 / 2,820 = 46.809%
      },
    });
  });

  it('reports unmet need: packages brokering or unplaced at the instant, and how long they have waited', () => {
    // K7 (hospital discharge, 360 min, opened 12:00 30 Dec, unplaced at 16:00) and K9 (180 min, opened 18:00 31 Dec).
    expect(bottesford.unmetNeed).toEqual({
      packages: 2,
      weeklyHours: 9,
      unplaced: 1,
      hospitalDischarge: 1,
      longestWaitHours: 36, // 12:00 30 Dec → 00:00 1 Jan
      medianWaitHours: 21, // (36 + 6) / 2
    });
    // K8: opened 12:00 31 Dec, its round still open.
    expect(harborough.unmetNeed).toEqual({
      packages: 1,
      weeklyHours: 10,
      unplaced: 0,
      hospitalDischarge: 0,
      longestWaitHours: 12,
      medianWaitHours: 12,
    });
    expect(county.unmetNeed).toEqual({
      packages: 3,
      weeklyHours: 19,
      unplaced: 1,
      hospitalDischarge: 1,
      longestWaitHours: 36,
      medianWaitHours: 12, // median of 6, 12, 36
    });
    const melton = report.zones.find((z) => z.area.id === 'melton')!;
    expect(melton.unmetNeed).toEqual({
      packages: 0,
      weeklyHours: 0,
      unplaced: 0,
      hospitalDischarge: 0,
      longestWaitHours: null,
      medianWaitHours: null,
    });
  });
  it('costs placed hours at the rates in force on the report’s day: the card for each band (no negotiated rates here)', () => {
    // The packages were quoted at the 2021 card at intake; they follow the card, so the December card prices them.
    expect(bottesford.cost.atRatesInForce).toEqual({
      // 1,080 × 2,000 / 60 = 36,000; 300 × 2,200 / 60 = 11,000; 120 × 2,400 / 60 = 4,800
      weeklyPence: 51_800,
      annualPence: 2_693_600,
      averageHourlyRatePence: 2_072, // 3,108,000 / 1,500
      byBand: {
        urban: { weeklyHours: 18, weeklyPence: 36_000, averageHourlyRatePence: 2_000 },
        fringe: { weeklyHours: 5, weeklyPence: 11_000, averageHourlyRatePence: 2_200 },
        rural: { weeklyHours: 2, weeklyPence: 4_800, averageHourlyRatePence: 2_400 },
        isolated: { weeklyHours: 0, weeklyPence: 0, averageHourlyRatePence: null },
      },
    });
    // 1,320 × 2,600 / 60 = 57,200.
    const empty = { weeklyHours: 0, weeklyPence: 0, averageHourlyRatePence: null };
    expect(harborough.cost).toEqual({
      atRatesInForce: {
        weeklyPence: 57_200,
        annualPence: 2_974_400,
        averageHourlyRatePence: 2_600,
        byBand: {
          urban: empty,
          fringe: empty,
          rural: empty,
          isolated: { weeklyHours: 22, weeklyPence: 57_200, averageHourlyRatePence: 2_600 },
        },
      },
    });
    // County: sums of the zones' rounded band costs; average rates from the exact sums.
    expect(county.cost).toEqual({
      atRatesInForce: {
        weeklyPence: 109_000, // 51,800 + 57,200
        annualPence: 5_668_000,
        averageHourlyRatePence: 2_319, // (3,108,000 + 3,432,000) / 2,820 = 2,319.15
        byBand: {
          urban: { weeklyHours: 18, weeklyPence: 36_000, averageHourlyRatePence: 2_000 },
          fringe: { weeklyHours: 5, weeklyPence: 11_000, averageHourlyRatePence: 2_200 },
          rural: { weeklyHours: 2, weeklyPence: 4_800, averageHourlyRatePence: 2_400 },
          isolated: { weeklyHours: 22, weeklyPence: 57_200, averageHourlyRatePence: 2_600 },
        },
      },
    });
  });
});
