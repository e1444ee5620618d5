import { describe, expect, it } from 'vitest';
import type { Band } from '../../src/pricing/bands';
import {
  answerTiming,
  decideAnswer,
  type OfferFacts,
  type ProviderProfile,
} from '../../src/simulation/providers/behaviour';
import { mulberry32 } from '../../src/simulation/random';

const profile = (reliability: number): ProviderProfile => ({
  providerId: 1,
  reliability,
  declareEveryDays: 7,
  declarePhaseDays: 0,
});
const offer = (band: Band, extra: Partial<OfferFacts> = {}): OfferFacts => ({
  band,
  urgency: 'standard',
  weeklyMinutes: 600,
  twoCarers: false,
  outsideZone: false,
  rateRatio: 1,
  ...extra,
});

function acceptRate(p: ProviderProfile, o: OfferFacts, free = 10_000, n = 5_000): number {
  const random = mulberry32(42);
  let accepted = 0;
  for (let i = 0; i < n; i++) if (decideAnswer(p, o, free, random).answer === 'accept') accepted++;
  return accepted / n;
}

describe('simulated provider behaviour', () => {
  it('declines rural and isolated offers more than urban and fringe ones', () => {
    const rates = (['urban', 'fringe', 'rural', 'isolated'] as const).map((b) =>
      acceptRate(profile(0.7), offer(b)),
    );
    expect(rates[0]).toBeGreaterThan(rates[1]!);
    expect(rates[1]).toBeGreaterThan(rates[2]!);
    expect(rates[2]).toBeGreaterThan(rates[3]!);
    expect(rates[3]! / rates[0]!).toBeLessThan(0.4);
  });

  it('accepts more when the band pays more', () => {
    expect(acceptRate(profile(0.6), offer('rural', { rateRatio: 1.1 }))).toBeGreaterThan(
      acceptRate(profile(0.6), offer('rural')),
    );
  });

  it('gives the travel distance as the reason for rural and isolated declines', () => {
    const random = mulberry32(1);
    const reasons = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const d = decideAnswer(profile(0.5), offer('isolated'), 10_000, random);
      if (d.answer === 'decline') reasons.add(d.reason);
    }
    expect([...reasons]).toEqual(['travel-distance']);
  });

  it('declines for capacity when its free hours are fewer than the package needs', () => {
    const d = decideAnswer(profile(0.95), offer('urban'), 599, mulberry32(3));
    expect(d).toEqual({ answer: 'decline', reason: 'no-capacity' });
  });

  it('accepts more, answers more often and sooner when more reliable', () => {
    expect(acceptRate(profile(0.95), offer('urban'))).toBeGreaterThan(
      acceptRate(profile(0.35), offer('urban')),
    );
    const timing = (r: number) => {
      const random = mulberry32(9);
      const all = Array.from({ length: 2_000 }, () => answerTiming(profile(r), 1_440, random));
      const answered = all.filter((t) => t.answers);
      return {
        share: answered.length / all.length,
        meanMinutes: answered.reduce((s, t) => s + t.afterMinutes, 0) / answered.length,
      };
    };
    const good = timing(0.95);
    const poor = timing(0.35);
    expect(good.share).toBeGreaterThan(poor.share);
    expect(good.meanMinutes).toBeLessThan(poor.meanMinutes);
    expect(good.meanMinutes).toBeLessThan(1_440);
  });

  it('is reproducible from its seed', () => {
    const run = () =>
      Array.from({ length: 50 }, (_, i) => decideAnswer(profile(0.6), offer('rural'), 10_000, mulberry32(i)));
    expect(run()).toEqual(run());
  });
});
