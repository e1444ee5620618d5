import { describe, expect, it } from 'vitest';
import {
  checkNewRateCard,
  checkRateCardChange,
  INDICATIVE_RATE_CARD_2021,
  rateCardInForce,
  rateCardSegments,
  type RateCard,
} from './rate-card';

const uplift2022: RateCard = {
  appliesFrom: '2022-04-01',
  rates: { urban: 1950, fringe: 2100, rural: 2390, isolated: 2740 },
  label: 'test uplift',
};
const cards = [uplift2022, INDICATIVE_RATE_CARD_2021]; // deliberately out of order

describe('INDICATIVE_RATE_CARD_2021', () => {
  it('holds the Jan 2020 indicative rates from the framework start, labelled indicative', () => {
    expect(INDICATIVE_RATE_CARD_2021.appliesFrom).toBe('2021-11-01');
    expect(INDICATIVE_RATE_CARD_2021.rates).toEqual({
      urban: 1875,
      fringe: 2020,
      rural: 2300,
      isolated: 2635,
    });
    expect(INDICATIVE_RATE_CARD_2021.label).toMatch(/indicative/i);
  });
});

describe('rateCardInForce', () => {
  it('has no card the day before the first card applies', () => {
    expect(rateCardInForce(cards, '2021-10-31')).toBeUndefined();
  });

  it('uses a card from the day it applies', () => {
    expect(rateCardInForce(cards, '2021-11-01')).toBe(INDICATIVE_RATE_CARD_2021);
  });

  it('keeps the old card the day before an uplift and switches on the day', () => {
    expect(rateCardInForce(cards, '2022-03-31')).toBe(INDICATIVE_RATE_CARD_2021);
    expect(rateCardInForce(cards, '2022-04-01')).toBe(uplift2022);
    expect(rateCardInForce(cards, '2030-01-01')).toBe(uplift2022);
  });

  it('has nothing in force with no cards', () => {
    expect(rateCardInForce([], '2022-01-01')).toBeUndefined();
  });
});

describe('rateCardSegments', () => {
  it('returns one segment when no card changes inside the range', () => {
    expect(rateCardSegments(cards, '2021-11-01', '2021-11-30')).toEqual([
      { from: '2021-11-01', to: '2021-11-30', days: 30, card: INDICATIVE_RATE_CARD_2021 },
    ]);
  });

  it('splits at an uplift: old card to the day before, new card from the day', () => {
    expect(rateCardSegments(cards, '2022-03-30', '2022-04-02')).toEqual([
      { from: '2022-03-30', to: '2022-03-31', days: 2, card: INDICATIVE_RATE_CARD_2021 },
      { from: '2022-04-01', to: '2022-04-02', days: 2, card: uplift2022 },
    ]);
  });

  it('does not split when the range starts on the change date', () => {
    expect(rateCardSegments(cards, '2022-04-01', '2022-04-01')).toEqual([
      { from: '2022-04-01', to: '2022-04-01', days: 1, card: uplift2022 },
    ]);
  });

  it('marks days before any card with an undefined card', () => {
    const segments = rateCardSegments(cards, '2021-10-30', '2021-11-01');
    expect(segments.map((s) => [s.from, s.to, s.card?.appliesFrom])).toEqual([
      ['2021-10-30', '2021-10-31', undefined],
      ['2021-11-01', '2021-11-01', '2021-11-01'],
    ]);
  });

  it('covers every day exactly once across several changes', () => {
    const segments = rateCardSegments(cards, '2021-01-01', '2023-12-31');
    expect(segments.map((s) => s.days).reduce((a, b) => a + b)).toBe(365 + 365 + 365);
    expect(segments).toHaveLength(3);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => rateCardSegments(cards, '2022-01-02', '2022-01-01')).toThrow(RangeError);
  });
});

describe('checkNewRateCard', () => {
  const today = '2022-01-15';
  const proposed: RateCard = { ...uplift2022, appliesFrom: '2022-06-01' };

  it('allows a complete future-dated card', () => {
    expect(checkNewRateCard(cards, proposed, today)).toEqual([]);
  });

  it('refuses a card that applies today or earlier', () => {
    expect(checkNewRateCard(cards, { ...proposed, appliesFrom: today }, today).map((p) => p.code)).toEqual([
      'not-in-future',
    ]);
    expect(checkNewRateCard(cards, { ...proposed, appliesFrom: '2021-12-01' }, today)[0]?.message).toMatch(
      /future date/,
    );
  });

  it('allows tomorrow', () => {
    expect(checkNewRateCard(cards, { ...proposed, appliesFrom: '2022-01-16' }, today)).toEqual([]);
  });

  it('refuses a second card for a date that already has one', () => {
    expect(checkNewRateCard(cards, uplift2022, today).map((p) => p.code)).toEqual(['duplicate-date']);
  });

  it('refuses a missing band', () => {
    const rates = { urban: 1950, fringe: 2100, rural: 2390 } as unknown as RateCard['rates'];
    const problems = checkNewRateCard(cards, { ...proposed, rates }, today);
    expect(problems).toEqual([{ code: 'missing-band', message: 'no rate for the isolated band' }]);
  });

  it('refuses zero, negative and fractional rates', () => {
    const rates = { urban: 0, fringe: -5, rural: 23.5, isolated: 2740 };
    const problems = checkNewRateCard(cards, { ...proposed, rates }, today);
    expect(problems.map((p) => p.code)).toEqual(['invalid-rate', 'invalid-rate', 'invalid-rate']);
  });

  it('refuses an unknown band and an impossible date', () => {
    const rates = { ...proposed.rates, suburban: 1900 } as RateCard['rates'];
    expect(checkNewRateCard(cards, { ...proposed, rates }, today).map((p) => p.code)).toEqual([
      'unknown-band',
    ]);
    expect(
      checkNewRateCard(cards, { ...proposed, appliesFrom: '2022-02-30' }, today).map((p) => p.code),
    ).toEqual(['invalid-date']);
  });

  it('reports every problem at once', () => {
    const rates = { urban: 0, fringe: 2100, rural: 2390 } as unknown as RateCard['rates'];
    const problems = checkNewRateCard(cards, { appliesFrom: '2022-04-01', rates }, '2022-05-01');
    expect(problems.map((p) => p.code)).toEqual([
      'not-in-future',
      'duplicate-date',
      'invalid-rate',
      'missing-band',
    ]);
  });
});

describe('checkRateCardChange', () => {
  it('refuses to change a card already in force, from its first day', () => {
    expect(checkRateCardChange(INDICATIVE_RATE_CARD_2021, '2021-11-01')?.code).toBe('not-in-future');
    expect(checkRateCardChange(INDICATIVE_RATE_CARD_2021, '2023-01-01')?.message).toMatch(/already in force/);
  });

  it('allows changing a card that has not yet taken effect', () => {
    expect(checkRateCardChange(INDICATIVE_RATE_CARD_2021, '2021-10-31')).toBeUndefined();
  });
});
