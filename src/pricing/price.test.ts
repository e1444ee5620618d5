import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive } from '../calendar/dates';
import { BANDS, type Band } from './bands';
import { annualCost, priceRange, priceWeekly, WEEKS_PER_YEAR } from './price';
import { INDICATIVE_RATE_CARD_2021, type RateCard } from './rate-card';

const card2021 = INDICATIVE_RATE_CARD_2021;
const uplift2022: RateCard = {
  appliesFrom: '2022-04-01',
  rates: { urban: 1950, fringe: 2100, rural: 2390, isolated: 2740 },
};
const uplift2023: RateCard = {
  appliesFrom: '2023-04-01',
  rates: { urban: 2027, fringe: 2183, rural: 2485, isolated: 2849 },
};
const cards = [card2021, uplift2022, uplift2023];

const band = fc.constantFrom<Band>(...BANDS);
const weeklyMinutes = fc.integer({ min: 0, max: 70 * 60 });
/** A start date from the framework start onwards, and a length in days. */
const range = fc
  .tuple(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 1, max: 800 }))
  .map(([offset, length]) => {
    const from = addDays('2021-11-01', offset);
    return { from, to: addDays(from, length - 1) };
  });

describe('priceWeekly', () => {
  it('prices whole hours at the band rate', () => {
    expect(priceWeekly('urban', 600, card2021)).toEqual({ hourlyRatePence: 1875, weeklyCostPence: 18_750 });
    expect(priceWeekly('isolated', 60, card2021)).toEqual({ hourlyRatePence: 2635, weeklyCostPence: 2635 });
  });

  it('rounds half a penny up once', () => {
    expect(priceWeekly('urban', 450, card2021).weeklyCostPence).toBe(14_063); // 7.5 h = £140.625
    expect(priceWeekly('isolated', 30, card2021).weeklyCostPence).toBe(1318); // 0.5 h = 1317.5p
    expect(priceWeekly('fringe', 1, card2021).weeklyCostPence).toBe(34); // 2020/60 = 33.67p
  });

  it('costs nothing for no hours', () => {
    expect(priceWeekly('rural', 0, card2021).weeklyCostPence).toBe(0);
  });

  it('refuses fractional or negative minutes', () => {
    expect(() => priceWeekly('urban', 7.5, card2021)).toThrow(RangeError);
    expect(() => priceWeekly('urban', -60, card2021)).toThrow(RangeError);
  });

  it('is never negative and never more than half a penny from the exact cost', () => {
    fc.assert(
      fc.property(band, weeklyMinutes, (b, minutes) => {
        const { hourlyRatePence, weeklyCostPence } = priceWeekly(b, minutes, card2021);
        expect(weeklyCostPence).toBeGreaterThanOrEqual(0);
        expect(Math.abs(weeklyCostPence * 60 - hourlyRatePence * minutes)).toBeLessThanOrEqual(30);
      }),
    );
  });

  it('costs more in dearer bands for the same hours', () => {
    fc.assert(
      fc.property(weeklyMinutes, (minutes) => {
        const costs = BANDS.map((b) => priceWeekly(b, minutes, card2021).weeklyCostPence);
        expect([...costs].sort((a, b) => a - b)).toEqual(costs);
      }),
    );
  });
});

describe('priceRange', () => {
  it('prices whole weeks at the weekly cost', () => {
    const { totalPence, segments } = priceRange(
      'urban',
      600,
      { from: '2021-11-01', to: '2021-11-28' },
      cards,
    );
    expect(totalPence).toBe(4 * 18_750);
    expect(segments).toEqual([
      { from: '2021-11-01', to: '2021-11-28', days: 28, hourlyRatePence: 1875, costPence: 75_000 },
    ]);
  });

  it('prices a package across an uplift at the old rate to the day before and the new rate from the day', () => {
    // 14 h/wk rural, 28 Mar – 3 Apr 2022: 4 days at £23.00 and 3 days at £23.90.
    const { totalPence, segments } = priceRange(
      'rural',
      840,
      { from: '2022-03-28', to: '2022-04-03' },
      cards,
    );
    expect(segments).toEqual([
      { from: '2022-03-28', to: '2022-03-31', days: 4, hourlyRatePence: 2300, costPence: 18_400 },
      { from: '2022-04-01', to: '2022-04-03', days: 3, hourlyRatePence: 2390, costPence: 14_340 },
    ]);
    expect(totalPence).toBe(32_740);
  });

  it('rounds each segment once and totals the rounded segments', () => {
    // 7.5 h/wk urban for 3 days then 1 day: 1875×450×3/420 = 6026.79 → 6027; 1950×450/420 = 2089.29 → 2089.
    const { totalPence, segments } = priceRange(
      'urban',
      450,
      { from: '2022-03-29', to: '2022-04-01' },
      cards,
    );
    expect(segments.map((s) => s.costPence)).toEqual([6027, 2089]);
    expect(totalPence).toBe(8116);
  });

  it('refuses days with no rate card in force', () => {
    expect(() => priceRange('urban', 600, { from: '2021-10-25', to: '2021-11-07' }, cards)).toThrow(
      /no rate card/,
    );
  });

  it('totals exactly the sum of its rounded segments', () => {
    fc.assert(
      fc.property(band, weeklyMinutes, range, (b, minutes, { from, to }) => {
        const { totalPence, segments } = priceRange(b, minutes, { from, to }, cards);
        expect(totalPence).toBe(segments.reduce((sum, s) => sum + s.costPence, 0));
      }),
    );
  });

  it('covers every day of the range exactly once, in order', () => {
    fc.assert(
      fc.property(range, ({ from, to }) => {
        const { segments } = priceRange('urban', 600, { from, to }, cards);
        expect(segments[0]?.from).toBe(from);
        expect(segments.at(-1)?.to).toBe(to);
        segments.forEach((s, i) => {
          expect(s.days).toBe(daysInclusive(s.from, s.to));
          const next = segments[i + 1];
          if (next) expect(next.from).toBe(addDays(s.to, 1));
        });
        expect(segments.reduce((sum, s) => sum + s.days, 0)).toBe(daysInclusive(from, to));
      }),
    );
  });

  it('is never negative', () => {
    fc.assert(
      fc.property(band, weeklyMinutes, range, (b, minutes, { from, to }) => {
        const { totalPence, segments } = priceRange(b, minutes, { from, to }, cards);
        expect(totalPence).toBeGreaterThanOrEqual(0);
        for (const s of segments) expect(s.costPence).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives the same total when a range is split anywhere, within per-segment rounding', () => {
    fc.assert(
      fc.property(band, weeklyMinutes, range, fc.nat(), (b, minutes, { from, to }, cut) => {
        const days = daysInclusive(from, to);
        fc.pre(days >= 2);
        const firstEnd = addDays(from, cut % (days - 1));
        const whole = priceRange(b, minutes, { from, to }, cards);
        const first = priceRange(b, minutes, { from, to: firstEnd }, cards);
        const second = priceRange(b, minutes, { from: addDays(firstEnd, 1), to }, cards);
        // Each rounded segment is within ½p of exact, so the two sides differ by at most
        // ½p per segment on each side.
        const segmentCount = whole.segments.length + first.segments.length + second.segments.length;
        expect(Math.abs(first.totalPence + second.totalPence - whole.totalPence)).toBeLessThanOrEqual(
          segmentCount / 2,
        );
      }),
    );
  });

  it('within one rate card, a split costs at most a penny more or less', () => {
    fc.assert(
      fc.property(
        band,
        weeklyMinutes,
        fc.integer({ min: 2, max: 150 }),
        fc.nat(),
        (b, minutes, days, cut) => {
          const from = '2021-11-01';
          const to = addDays(from, days - 1);
          const firstEnd = addDays(from, cut % (days - 1));
          const whole = priceRange(b, minutes, { from, to }, cards).totalPence;
          const split =
            priceRange(b, minutes, { from, to: firstEnd }, cards).totalPence +
            priceRange(b, minutes, { from: addDays(firstEnd, 1), to }, cards).totalPence;
          expect(Math.abs(split - whole)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('agrees with the weekly price over whole weeks within one card', () => {
    fc.assert(
      fc.property(
        band,
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 20 }),
        (b, hours, weeks) => {
          const to = addDays('2021-11-01', weeks * 7 - 1);
          const weekly = priceWeekly(b, hours * 60, card2021).weeklyCostPence;
          expect(priceRange(b, hours * 60, { from: '2021-11-01', to }, cards).totalPence).toBe(
            weekly * weeks,
          );
        },
      ),
    );
  });
});

describe('annualCost', () => {
  it('uses the council’s 52-week year (domain.md §3.2)', () => {
    expect(WEEKS_PER_YEAR).toBe(52);
    expect(annualCost(18_750)).toBe(975_000);
  });

  it('refuses fractional pence', () => {
    expect(() => annualCost(10.5)).toThrow(RangeError);
  });
});
