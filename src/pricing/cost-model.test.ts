import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAINTENANCE_HOURS_JULY_2019 } from '../zones/catalogue';
import { costModel } from './cost-model';
import { formatPounds } from './money';
import { INDICATIVE_RATE_CARD_2021, type RateCard } from './rate-card';

describe('costModel', () => {
  it('reproduces the council’s £19.56 average and ~£18.3m a year (docs/specification/rates-and-costs.md §3.5)', () => {
    const model = costModel();
    expect(model.totalWeeklyHours).toBe(18_000);
    expect(model.averageHourlyRatePence).toBe(1956);
    expect(formatPounds(model.averageHourlyRatePence ?? 0)).toBe('£19.56');
    // Σ hours × rate = £352,155.25 a week; × 52 = £18,312,073.00 (the papers: 18,000 × 52 × £19.56 = £18.31m).
    expect(model.weeklyCostPence).toBe(35_215_525);
    expect(model.annualCostPence).toBe(1_831_207_300);
    expect(Math.abs(model.annualCostPence - 18_310_000_00)).toBeLessThan(5_000_00);
  });

  it('defaults to the July 2019 maintenance hours and the indicative card', () => {
    expect(costModel()).toEqual(costModel(MAINTENANCE_HOURS_JULY_2019, INDICATIVE_RATE_CARD_2021));
    expect(costModel().rateCardAppliesFrom).toBe('2021-11-01');
  });

  it('breaks the cost down by band with shares matching the papers (65/26/7/2%)', () => {
    const { bands } = costModel();
    expect(bands).toEqual([
      {
        band: 'urban',
        weeklyHours: 11_737,
        weeklyMinutes: 704_220,
        shareBasisPoints: 6521,
        sharePercent: 65.21,
        hourlyRatePence: 1875,
        weeklyCostPence: 22_006_875,
      },
      {
        band: 'fringe',
        weeklyHours: 4648,
        weeklyMinutes: 278_880,
        shareBasisPoints: 2582,
        sharePercent: 25.82,
        hourlyRatePence: 2020,
        weeklyCostPence: 9_388_960,
      },
      {
        band: 'rural',
        weeklyHours: 1301,
        weeklyMinutes: 78_060,
        shareBasisPoints: 723,
        sharePercent: 7.23,
        hourlyRatePence: 2300,
        weeklyCostPence: 2_992_300,
      },
      {
        band: 'isolated',
        weeklyHours: 314,
        weeklyMinutes: 18_840,
        shareBasisPoints: 174,
        sharePercent: 1.74,
        hourlyRatePence: 2635,
        weeklyCostPence: 827_390,
      },
    ]);
  });

  it('accepts fractional hours, converted to minutes once', () => {
    const model = costModel({ urban: 7.5, fringe: 0.25, rural: 0, isolated: 0 });
    expect(model.bands.map((b) => b.weeklyMinutes)).toEqual([450, 15, 0, 0]);
    expect(model.bands.map((b) => b.weeklyCostPence)).toEqual([14_063, 505, 0, 0]);
    expect(model.totalWeeklyHours).toBe(7.75);
    // (1875 × 450 + 2020 × 15) / 465 = 1879.68 → 1880
    expect(model.averageHourlyRatePence).toBe(1880);
  });

  it('has no average rate when there are no hours', () => {
    const model = costModel({ urban: 0, fringe: 0, rural: 0, isolated: 0 });
    expect(model.averageHourlyRatePence).toBeNull();
    expect(model.weeklyCostPence).toBe(0);
    expect(model.bands.every((b) => b.shareBasisPoints === 0)).toBe(true);
  });

  it('uses the card it is given', () => {
    const flat: RateCard = {
      appliesFrom: '2022-04-01',
      rates: { urban: 2000, fringe: 2000, rural: 2000, isolated: 2000 },
    };
    expect(costModel(MAINTENANCE_HOURS_JULY_2019, flat).averageHourlyRatePence).toBe(2000);
  });

  it('keeps totals consistent with the breakdown and the average between the cheapest and dearest rate', () => {
    const hours = fc.integer({ min: 0, max: 40_000 * 4 }).map((quarters) => quarters / 4);
    fc.assert(
      fc.property(hours, hours, hours, hours, (urban, fringe, rural, isolated) => {
        const model = costModel({ urban, fringe, rural, isolated });
        expect(model.weeklyCostPence).toBe(model.bands.reduce((sum, b) => sum + b.weeklyCostPence, 0));
        expect(model.annualCostPence).toBe(model.weeklyCostPence * 52);
        if (model.averageHourlyRatePence !== null) {
          expect(model.averageHourlyRatePence).toBeGreaterThanOrEqual(1875);
          expect(model.averageHourlyRatePence).toBeLessThanOrEqual(2635);
          const shares = model.bands.reduce((sum, b) => sum + b.shareBasisPoints, 0);
          expect(Math.abs(shares - 10_000)).toBeLessThanOrEqual(2); // each share rounded separately
        }
      }),
    );
  });
});
