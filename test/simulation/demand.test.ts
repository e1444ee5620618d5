import { beforeAll, describe, expect, it } from 'vitest';
import {
  fitZoneBandWeights,
  meanDurationDays,
  DEFAULT_DEMAND,
} from '../../src/simulation/demand/calibration';
import type { Demand } from '../../src/simulation/demand/generator';
import { calibrationReport } from '../../src/simulation/results/calibration';
import { buildDemand } from '../../src/simulation/run';
import { loadLocator } from '../../src/zones/locator';

describe('synthetic demand', () => {
  let year: Demand;
  beforeAll(() => {
    year = buildDemand({ weeks: 52, seed: 1, startDate: '2025-04-07' });
  });

  it('is the same for the same seed and different for another', () => {
    const a = buildDemand({ weeks: 2, seed: 7, startDate: '2025-04-07' });
    const b = buildDemand({ weeks: 2, seed: 7, startDate: '2025-04-07' });
    const c = buildDemand({ weeks: 2, seed: 8, startDate: '2025-04-07' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.requests.map((r) => r.reference + r.location.lon)).not.toEqual(
      a.requests.map((r) => r.reference + r.location.lon),
    );
  });

  it('brings about 5,000 new packages a year and holds about 18,000 hours in care at the start', () => {
    const report = calibrationReport(year);
    expect(report.requests).toBeGreaterThan(4_750);
    expect(report.requests).toBeLessThan(5_250);
    expect(report.meanWeeklyHours).toBeGreaterThan(9.2);
    expect(report.meanWeeklyHours).toBeLessThan(9.8);
    expect(report.startingLoad.weeklyHours).toBeGreaterThanOrEqual(18_000);
    expect(report.startingLoad.weeklyHours).toBeLessThan(18_100);
    // Little's law: 18,000 h = (5,000 / 52.18 a week) × 19.8 weeks × 9.5 h.
    expect(meanDurationDays(DEFAULT_DEMAND)).toBeCloseTo(138.4, 0);
  });

  it('follows the July 2019 band mix of hours within two points (65/26/7/2)', () => {
    const { bandHoursPct } = calibrationReport(year);
    for (const band of ['urban', 'fringe', 'rural', 'isolated'] as const) {
      expect(Math.abs(bandHoursPct[band].generated - bandHoursPct[band].july2019)).toBeLessThan(2);
    }
  });

  it('gives each zone hours in proportion to its planned hours', () => {
    const report = calibrationReport(year);
    // Sampling noise on a year of about 5,000 packages is about half a point for a large zone.
    expect(report.maxZoneGapPoints).toBeLessThan(1.5);
    for (const z of report.zoneHoursPct.filter((x) => x.planned >= 3)) {
      expect(z.generated / z.planned).toBeGreaterThan(0.85);
      expect(z.generated / z.planned).toBeLessThan(1.15);
    }
    const coalville = report.zoneHoursPct.find((z) => z.zoneId === 'coalville-ashby')!;
    const bottesford = report.zoneHoursPct.find((z) => z.zoneId === 'bottesford')!;
    expect(coalville.generated / bottesford.generated).toBeGreaterThan(20);
  });

  it('puts every person inside a real small area, found again by the service lookup', () => {
    const locator = loadLocator();
    for (const r of year.requests.slice(0, 1_000)) {
      const area = locator.locate(r.location.lon, r.location.lat);
      expect(area?.areaId).toBe(r.areaId);
      expect(area?.zoneId).toBe(r.zoneId);
      expect(area?.band).toBe(r.band);
    }
  });

  it('has the stated urgency mix and requests valid for intake', () => {
    const report = calibrationReport(year);
    expect(Math.abs(report.hospitalDischargePct - 25)).toBeLessThan(2);
    for (const r of year.requests) {
      expect(r.weeklyHours * 4).toBe(Math.round(r.weeklyHours * 4));
      expect(r.weeklyHours).toBeGreaterThanOrEqual(1);
      expect(r.visitsPerWeek).toBeGreaterThanOrEqual(1);
      expect(r.at).toBeGreaterThanOrEqual(year.start);
      expect(r.at).toBeLessThan(year.end);
    }
  });
});

describe('fitZoneBandWeights', () => {
  it('matches both margins and keeps empty cells empty', () => {
    const w = fitZoneBandWeights(
      { a: { urban: 10, fringe: 5 }, b: { fringe: 2, rural: 3, isolated: 1 } },
      { a: 0.75, b: 0.25 },
      { urban: 0.6, fringe: 0.25, rural: 0.1, isolated: 0.05 },
    );
    const row = (z: 'a' | 'b') => Object.values(w[z]!).reduce((s, x) => s + x, 0);
    expect(row('a')).toBeCloseTo(0.75, 6);
    expect(row('b')).toBeCloseTo(0.25, 6);
    expect(w.a!.urban).toBeCloseTo(0.6, 6);
    expect(w.a!.rural).toBe(0);
    expect(w.b!.urban).toBe(0);
  });
});
