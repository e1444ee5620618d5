import { describe, expect, it } from 'vitest';
import type { RateCard } from './rate-card';
import { rateOnDay, rateSegments } from './rates-in-force';

const card2025: RateCard = {
  appliesFrom: '2025-04-01',
  rates: { urban: 2000, fringe: 2200, rural: 2400, isolated: 2600 },
};
const card2026: RateCard = {
  appliesFrom: '2026-04-01',
  rates: { urban: 2100, fringe: 2300, rural: 2500, isolated: 2700 },
};
const cards = [card2026, card2025];

describe('rateOnDay', () => {
  it('pays the card in force for the band, unless a negotiated rate applies', () => {
    expect(rateOnDay({ band: 'rural', cards, negotiated: [] }, '2026-04-01')).toEqual({
      hourlyRatePence: 2500,
      source: 'card',
    });
    const negotiated = [
      { appliesFrom: '2025-06-01', hourlyRatePence: 2999 },
      { appliesFrom: '2026-05-01', hourlyRatePence: null },
    ];
    expect(rateOnDay({ band: 'rural', cards, negotiated }, '2026-04-30')).toEqual({
      hourlyRatePence: 2999,
      source: 'negotiated',
    });
    // A null rate returns the package to the card.
    expect(rateOnDay({ band: 'rural', cards, negotiated }, '2026-05-01')?.source).toBe('card');
    expect(rateOnDay({ band: 'rural', cards, negotiated: [] }, '2025-03-31')).toBeUndefined();
  });
});

describe('rateSegments', () => {
  it('splits at an uplift and at a negotiated rate, and joins stretches at the same rate', () => {
    const negotiated = [
      { appliesFrom: '2026-04-10', hourlyRatePence: 2100 }, // the same as the card: joined
      { appliesFrom: '2026-04-20', hourlyRatePence: 1900 },
    ];
    expect(rateSegments({ band: 'urban', cards, negotiated }, '2026-03-30', '2026-04-25')).toEqual([
      { from: '2026-03-30', to: '2026-03-31', days: 2, hourlyRatePence: 2000, source: 'card' },
      { from: '2026-04-01', to: '2026-04-09', days: 9, hourlyRatePence: 2100, source: 'card' },
      { from: '2026-04-10', to: '2026-04-19', days: 10, hourlyRatePence: 2100, source: 'negotiated' },
      { from: '2026-04-20', to: '2026-04-25', days: 6, hourlyRatePence: 1900, source: 'negotiated' },
    ]);
  });

  it('refuses days no card covers', () => {
    expect(() => rateSegments({ band: 'urban', cards, negotiated: [] }, '2025-03-01', '2025-04-02')).toThrow(
      RangeError,
    );
  });
});
