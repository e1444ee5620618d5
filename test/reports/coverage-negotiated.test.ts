/**
 * The coverage report's cost of placed care at the rates in force on the report's day when packages
 * carry negotiated rates (docs/specification/rates-and-costs.md §3.9): the latest negotiated rate
 * applied by that day, not one applied later, and none once a package follows the card again.
 * coverage.test.ts checks the same history without negotiated rates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/reports/model';
import type { TestContext } from '../helpers/context';
import { coverageCase } from './coverage-case';
import { PERIOD } from './history';

describe('GET /reports/coverage with negotiated rates', () => {
  let ctx: TestContext;
  let report: CoverageReport;

  beforeAll(async () => {
    const built = await coverageCase();
    ctx = built.ctx;
    const db = ctx.services.db;
    const packageOf = async (band: string, weeklyMinutes: number) =>
      Number(
        (await db('packages')
          .where({ zone_id: 'bottesford', band, weekly_minutes: weeklyMinutes })
          .first('id'))!.id,
      );
    // K1 (urban, 600 min): 30.00 from November, 25.00 from mid-December, 90.00 only from February.
    // K3 (rural, 120 min): 35.00 from November, back on the card from 20 December.
    const [k1, k3] = [await packageOf('urban', 600), await packageOf('rural', 120)];
    const rate = (packageId: number, appliesFrom: string, hourlyRatePence: number | null) => ({
      package_id: packageId,
      applies_from: appliesFrom,
      hourly_rate_pence: hourlyRatePence,
      reason: 'Agreed with the provider',
      created_at: Date.parse('2025-11-01T00:00:00Z'),
    });
    await db('negotiated_rates').insert([
      rate(k1, '2025-11-01', 3000),
      rate(k1, '2025-12-15', 2500),
      rate(k1, '2026-02-01', 9000),
      rate(k3, '2025-11-01', 3500),
      rate(k3, '2025-12-20', null),
    ]);
    const res = await ctx.request
      .get(`/reports/coverage?${PERIOD}`)
      .set('Authorization', `Bearer ${await ctx.tokenFor('commissioner')}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    report = res.body as CoverageReport;
  });
  afterAll(() => ctx.destroy());

  it('prices a package at its latest negotiated rate by the report’s day, and at the card once it follows the card again', () => {
    const bottesford = report.zones.find((z) => z.area.id === 'bottesford')!;
    // Urban: K1's 600 min at 2,500 (25,000) and the other 480 min at the card's 2,000 (16,000).
    expect(bottesford.cost.atRatesInForce.byBand.urban).toEqual({
      weeklyHours: 18,
      weeklyPence: 41_000,
      averageHourlyRatePence: 2_278, // 41,000 / 18 = 2,277.8
    });
    // Rural: K3 follows the card again from 20 December: 120 × 2,400 / 60.
    expect(bottesford.cost.atRatesInForce.byBand.rural).toEqual({
      weeklyHours: 2,
      weeklyPence: 4_800,
      averageHourlyRatePence: 2_400,
    });
  });
});
