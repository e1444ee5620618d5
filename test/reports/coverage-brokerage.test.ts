/**
 * GET /reports/coverage on the hand-built history of test/reports/history.ts: pick-up, rounds,
 * hand-backs, RAG and a past instant, each figure against arithmetic done by hand (in the comments).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaReport, CoverageReport } from '../../src/reports/model';
import type { TestContext } from '../helpers/context';
import { coverageCase } from './coverage-case';

describe('GET /reports/coverage: brokerage figures and RAG', () => {
  let ctx: TestContext;
  let commissioner: string;
  let report: CoverageReport;
  let bottesford: AreaReport;
  let harborough: AreaReport;
  let county: AreaReport;

  beforeAll(async () => {
    ({ ctx, commissioner, report, bottesford, harborough, county } = await coverageCase());
  });
  afterAll(() => ctx.destroy());
  it('measures pick-up of the period’s awards by urgency, and which round won them', () => {
    // Bottesford awards in December (opening → award, hours): K1 1, K2 3.667 (HD), K3 1.667 (urgent, next day: late),
    // K5 0.5 and 22 (re-brokered), K6 0.75. Sorted: 0.5, 0.75, 1, 1.667, 3.667, 22.
    expect(bottesford.pickUp.all).toEqual({
      awards: 6,
      medianHours: 1.3, // (1 + 1.667) / 2 = 1.333
      p90Hours: 12.8, // rank 0.9 × 5 = 4.5: 3.667 + 0.5 × (22 − 3.667) = 12.833
      withinTarget: 5,
      withinTargetPct: 83.3, // 5 / 6
    });
    expect(bottesford.pickUp.byUrgency).toEqual({
      // 0.5, 0.75, 1, 22: median (0.75 + 1) / 2 = 0.875; p90 at rank 2.7: 1 + 0.7 × 21 = 15.7
      standard: { awards: 4, medianHours: 0.9, p90Hours: 15.7, withinTarget: 4, withinTargetPct: 100 },
      'hospital-discharge': {
        awards: 1,
        medianHours: 3.7,
        p90Hours: 3.7,
        withinTarget: 1,
        withinTargetPct: 100,
      },
      urgent: { awards: 1, medianHours: 1.7, p90Hours: 1.7, withinTarget: 0, withinTargetPct: 0 },
    });
    expect(bottesford.pickUp.rounds).toEqual({
      primes: { awards: 5, pct: 83.3 },
      specialists: { awards: 0, pct: 0 },
      supplementaries: { awards: 1, pct: 16.7 },
      'widened-neighbours': { awards: 0, pct: 0 },
      'widened-all': { awards: 0, pct: 0 },
    });
    // Harborough Rural: K11 twice, both urgent and the same day: 0.667 h (=Gamma), 1.667 h (Alpha, widened). K4 was in November.
    expect(harborough.pickUp.all).toEqual({
      awards: 2,
      medianHours: 1.2,
      p90Hours: 1.6,
      withinTarget: 2,
      withinTargetPct: 100,
    });
    const none = { awards: 0, medianHours: null, p90Hours: null, withinTarget: 0, withinTargetPct: null };
    expect(harborough.pickUp.byUrgency).toEqual({
      standard: none,
      'hospital-discharge': none,
      // 0.667, 1.667: median 1.167; p90 at rank 0.9: 0.667 + 0.9 × 1 = 1.567
      urgent: { awards: 2, medianHours: 1.2, p90Hours: 1.6, withinTarget: 2, withinTargetPct: 100 },
    });
    expect(harborough.pickUp.rounds).toEqual({
      primes: { awards: 0, pct: 0 },
      specialists: { awards: 0, pct: 0 },
      supplementaries: { awards: 1, pct: 50 },
      'widened-neighbours': { awards: 1, pct: 50 },
      'widened-all': { awards: 0, pct: 0 },
    });
    // County: 0.5, 0.667, 0.75, 1, 1.667, 1.667, 3.667, 22: median 1.333; p90 at rank 6.3: 3.667 + 0.3 × 18.333 = 9.167.
    expect(county.pickUp.all).toEqual({
      awards: 8,
      medianHours: 1.3,
      p90Hours: 9.2,
      withinTarget: 7,
      withinTargetPct: 87.5,
    });
    // Urgent: 0.667, 1.667 (late), 1.667.
    expect(county.pickUp.byUrgency).toEqual({
      standard: bottesford.pickUp.byUrgency.standard, // Harborough Rural had no standard award in December
      'hospital-discharge': bottesford.pickUp.byUrgency['hospital-discharge'],
      // 0.667, 1.667 (K3, late), 1.667
      urgent: { awards: 3, medianHours: 1.7, p90Hours: 1.7, withinTarget: 2, withinTargetPct: 66.7 },
    });
    expect(county.pickUp.rounds).toEqual({
      primes: { awards: 5, pct: 62.5 },
      specialists: { awards: 0, pct: 0 },
      supplementaries: { awards: 2, pct: 25 },
      'widened-neighbours': { awards: 1, pct: 12.5 },
      'widened-all': { awards: 0, pct: 0 },
    });
  });

  it('agrees with the performance KPIs on county-wide pick-up', async () => {
    const res = await ctx.request
      .get('/performance/kpis?from=2025-12-01&to=2025-12-31')
      .set('Authorization', `Bearer ${commissioner}`);
    // The KPI report runs as at now (5 Jan), by which K9 (awarded 1 Jan) is outside the period anyway.
    const kpis = res.body.groups[0].kpis.pickUp;
    expect(kpis).toEqual({
      awarded: county.pickUp.all.awards,
      medianHours: county.pickUp.all.medianHours,
      p90Hours: county.pickUp.all.p90Hours,
      withinTarget: county.pickUp.all.withinTarget,
      withinTargetPct: county.pickUp.all.withinTargetPct,
    });
  });

  it('counts the period’s hand-backs with their hours and reasons', () => {
    const none = { count: 0, weeklyHours: 0 };
    expect(bottesford.handBacks).toEqual({
      count: 1,
      weeklyHours: 8, // K5, 480 min
      per100Awards: 16.7, // 1 / 6 awards
      byReason: {
        staffing: { count: 1, weeklyHours: 8 },
        travel: none,
        'needs-changed': none,
        safety: none,
        'provider-exit': none,
        other: none,
      },
      byBand: { urban: { count: 1, weeklyHours: 8 }, fringe: none, rural: none, isolated: none },
    });
    expect(harborough.handBacks).toEqual({
      count: 1,
      weeklyHours: 7, // K11, 420 min
      per100Awards: 50, // 1 / 2 awards
      byReason: {
        staffing: none,
        travel: { count: 1, weeklyHours: 7 },
        'needs-changed': none,
        safety: none,
        'provider-exit': none,
        other: none,
      },
      byBand: { urban: none, fringe: none, rural: none, isolated: { count: 1, weeklyHours: 7 } },
    });
    expect(county.handBacks).toEqual({
      count: 2,
      weeklyHours: 15,
      per100Awards: 25, // 2 / 8
      byReason: {
        staffing: { count: 1, weeklyHours: 8 },
        travel: { count: 1, weeklyHours: 7 },
        'needs-changed': none,
        safety: none,
        'provider-exit': none,
        other: none,
      },
      byBand: {
        urban: { count: 1, weeklyHours: 8 },
        fringe: none,
        rural: none,
        isolated: { count: 1, weeklyHours: 7 },
      },
    });
  });

  it('grades each zone and the county red, amber or green against the configured thresholds', () => {
    expect(bottesford.rag).toMatchObject({
      overall: 'red',
      coverage: { value: 3, rag: 'green' }, // 2 primes ≥ 2; 3 providers > 2 + margin 0
      supply: { value: 25, rag: 'red' }, // < 75
      pickUp: { value: 83.3, rag: 'green' }, // ≥ 80
      primeShare: { value: 83.3, rag: 'green' }, // ≥ 50
      longestWait: { value: 36, rag: 'green' }, // ≤ 48 h
      handBacks: { value: 16.7, rag: 'red' }, // > 10 per 100 awards
    });
    expect(harborough.rag).toMatchObject({
      overall: 'red',
      coverage: { value: 1, rag: 'red' }, // 1 provider < 2
      supply: { value: 12.6, rag: 'red' },
      pickUp: { value: 100, rag: 'green' },
      primeShare: { value: null, rag: null }, // the rural free zone has no primes
      longestWait: { value: 12, rag: 'green' },
      handBacks: { value: 50, rag: 'red' },
    });
    expect(county.rag).toMatchObject({
      overall: 'red',
      coverage: { value: 3, rag: 'red' }, // the worst zone's: 12 zones have no provider
      supply: { value: 0.2, rag: 'red' },
      pickUp: { value: 87.5, rag: 'green' },
      primeShare: { value: 62.5, rag: 'green' },
      longestWait: { value: 36, rag: 'green' },
      handBacks: { value: 25, rag: 'red' },
    });
    const melton = report.zones.find((z) => z.area.id === 'melton')!;
    expect(melton.rag).toMatchObject({
      overall: 'red',
      coverage: { value: 0, rag: 'red' },
      supply: { value: 0, rag: 'red' },
      pickUp: { value: null, rag: null }, // no awards: nothing to grade
      primeShare: { value: null, rag: null },
      longestWait: { value: null, rag: 'green' }, // nobody waiting
      handBacks: { value: null, rag: null },
    });
  });

  it('reads the thresholds from configuration', async () => {
    const other = await coverageCase({
      config: {
        reports: {
          rag: {
            ...ctx.services.config.reports.rag,
            coverageAmberMargin: 1,
            handBacksPer100Awards: { green: 20, amber: 30 },
          },
        },
      },
    });
    try {
      expect(other.bottesford.rag.coverage).toEqual({ value: 3, rag: 'amber' }); // 3 ≤ 2 + 1
      expect(other.bottesford.rag.handBacks).toMatchObject({ value: 16.7, rag: 'green' }); // ≤ 20
      // With no target stored, the configuration is the default target: green 20, tolerance 10.
      expect(other.bottesford.rag.handBacks.target).toMatchObject({
        target: 20,
        tolerance: 10,
        source: 'default',
      });
      expect(other.report.ragThresholds.coverageAmberMargin).toBe(1);
    } finally {
      await other.ctx.destroy();
    }
  });

  it('is repeatable as at an earlier instant, from the recorded events', async () => {
    // As at the end of 15 Dec: K3 (opened 22:30) is waiting; K5 and K11 are still with their first providers; K6 is in care.
    const res = await ctx.request
      .get('/reports/coverage?asOf=2025-12-15')
      .set('Authorization', `Bearer ${commissioner}`);
    expect(res.status).toBe(200);
    const body = res.body as CoverageReport;
    expect(body.period).toEqual({ from: '2024-12-16', to: '2025-12-15' }); // a year to the day of asOf
    const b = body.zones.find((z) => z.area.id === 'bottesford')!;
    // K1 600 + K2 300 + K5 480 + K6 240 = 1,620 min; in care K1, K5, K6 (K2 not started)
    expect(b.demand).toMatchObject({ placedPackages: 4, placedWeeklyHours: 27, inCarePackages: 3 });
    expect(b.unmetNeed).toMatchObject({ packages: 1, weeklyHours: 2, longestWaitHours: 1.5 }); // K3, 22:30 → 00:00
    expect(b.pickUp.all.awards).toBe(4); // K1, K2, K5, K6
    expect(b.handBacks.count).toBe(0);
    const h = body.zones.find((z) => z.area.id === 'harborough-rural')!;
    expect(h.demand).toMatchObject({ placedPackages: 2, placedWeeklyHours: 22, inCarePackages: 2 }); // K4, K11 (=Gamma)
    expect(h.pickUp.all.awards).toBe(2); // K4 (20 Nov) and K11 are in the year
  });
});
