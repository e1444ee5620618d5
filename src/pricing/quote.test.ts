import { describe, expect, it } from 'vitest';
import { priceQuote, type IdentifiedRateCard } from './quote';
import { INDICATIVE_RATE_CARD_2021 } from './rate-card';

const card2021: IdentifiedRateCard = { ...INDICATIVE_RATE_CARD_2021, id: 1 };
const uplift: IdentifiedRateCard = {
  id: 2,
  appliesFrom: '2022-04-01',
  rates: { urban: 1950, fringe: 2100, rural: 2390, isolated: 2740 },
  label: 'uplift',
};
const cards = [card2021, uplift];

describe('priceQuote', () => {
  it('prices weekly and 52-week costs at the card in force on the date, to the penny', () => {
    const quote = priceQuote({ band: 'urban', weeklyMinutes: 450, date: '2022-03-31' }, cards);
    // 7.5 h × £18.75 = £140.625 → £140.63 (half a penny rounds up, money.ts)
    expect(quote).toMatchObject({
      ok: true,
      rateCard: { id: 1, appliesFrom: '2021-11-01' },
      hourlyRatePence: 1875,
      weeklyCostPence: 14063,
      annualCostPence: 14063 * 52,
      range: null,
    });
  });

  it('uses the uplifted card from its first day', () => {
    expect(priceQuote({ band: 'isolated', weeklyMinutes: 60, date: '2022-04-01' }, cards)).toMatchObject({
      rateCard: { id: 2 },
      weeklyCostPence: 2740,
    });
  });

  it('prices a range across an uplift piecewise, with segments that add up to the total', () => {
    const quote = priceQuote(
      {
        band: 'urban',
        weeklyMinutes: 600,
        date: '2022-03-30',
        range: { from: '2022-03-30', to: '2022-04-02' },
      },
      cards,
    );
    if (!quote.ok) throw new Error(quote.message);
    expect(quote.range?.segments).toEqual([
      // 10 h a week for 2 days at £18.75: 1875 × 600 × 2 / 420 = 5357.14 → 5357
      {
        from: '2022-03-30',
        to: '2022-03-31',
        days: 2,
        hourlyRatePence: 1875,
        costPence: 5357,
        rateCardId: 1,
        rateCardAppliesFrom: '2021-11-01',
      },
      // and at £19.50: 1950 × 600 × 2 / 420 = 5571.43 → 5571
      {
        from: '2022-04-01',
        to: '2022-04-02',
        days: 2,
        hourlyRatePence: 1950,
        costPence: 5571,
        rateCardId: 2,
        rateCardAppliesFrom: '2022-04-01',
      },
    ]);
    expect(quote.range).toMatchObject({ days: 4, totalPence: 5357 + 5571 });
  });

  it('refuses a date or a range with no card in force', () => {
    expect(priceQuote({ band: 'urban', weeklyMinutes: 60, date: '2021-10-31' }, cards)).toMatchObject({
      ok: false,
      code: 'no-rate-card-in-force',
    });
    const quote = priceQuote(
      {
        band: 'urban',
        weeklyMinutes: 60,
        date: '2021-11-01',
        range: { from: '2021-10-30', to: '2021-11-02' },
      },
      cards,
    );
    expect(quote).toMatchObject({
      ok: false,
      message: 'No rate card is in force from 2021-10-30 to 2021-10-31.',
    });
  });
});
