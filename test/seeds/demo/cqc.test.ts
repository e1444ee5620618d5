import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateKeyQuestions,
  apportion,
  CQC_OVERALL_SHARES_AUG_2021,
  CQC_RATINGS,
  demoKeyQuestions,
  keyQuestionsConsistent,
  ratingsInAug2021Proportions,
} from '../../../seeds/demo/cqc';
import { mulberry32 } from '../../../seeds/demo/prng';

describe('apportion (largest remainder)', () => {
  it('turns the Aug 2021 shares into 2 / 33 / 4 / 0 / 10 of 49', () => {
    expect(apportion(49, CQC_OVERALL_SHARES_AUG_2021)).toEqual({
      outstanding: 2,
      good: 33,
      'requires-improvement': 4,
      inadequate: 0,
      'not-yet-rated': 10,
    });
    expect(ratingsInAug2021Proportions(49)).toHaveLength(49);
  });

  it('always sums to the total and stays within one of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const shares = Object.fromEntries(weights.map((w, i) => [`k${i}`, w]));
          const counts = apportion(total, shares);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
          weights.forEach((w, i) =>
            expect(Math.abs((counts[`k${i}`] ?? 0) - (total * w) / sum)).toBeLessThan(1),
          );
        },
      ),
    );
  });
});

describe('CQC key questions', () => {
  it('aggregates as the simplified ratings principles say', () => {
    expect(aggregateKeyQuestions(['good', 'good', 'good', 'good', 'good'])).toBe('good');
    expect(aggregateKeyQuestions(['outstanding', 'outstanding', 'good', 'good', 'good'])).toBe('outstanding');
    expect(aggregateKeyQuestions(['outstanding', 'good', 'good', 'good', 'requires-improvement'])).toBe(
      'good',
    );
    expect(
      aggregateKeyQuestions(['good', 'good', 'good', 'requires-improvement', 'requires-improvement']),
    ).toBe('requires-improvement');
    expect(aggregateKeyQuestions(['good', 'good', 'good', 'good', 'inadequate'])).toBe(
      'requires-improvement',
    );
    expect(aggregateKeyQuestions(['good', 'good', 'good', 'inadequate', 'inadequate'])).toBe('inadequate');
  });

  it('judges Safe and Well-led against the overall rating', () => {
    expect(keyQuestionsConsistent('good', 'good', 'good')).toBe(true);
    expect(keyQuestionsConsistent('requires-improvement', 'good', 'good')).toBe(true); // RI elsewhere
    expect(keyQuestionsConsistent('outstanding', 'requires-improvement', 'outstanding')).toBe(false);
    expect(keyQuestionsConsistent('good', 'inadequate', 'good')).toBe(false);
    expect(keyQuestionsConsistent('inadequate', 'good', 'outstanding')).toBe(true); // three inadequate elsewhere
    expect(keyQuestionsConsistent('not-yet-rated', 'not-yet-rated', 'not-yet-rated')).toBe(true);
    expect(keyQuestionsConsistent('not-yet-rated', 'good', 'good')).toBe(false);
    expect(keyQuestionsConsistent('good', 'not-yet-rated', 'good')).toBe(false);
  });

  it('always draws a consistent Safe and Well-led for a demo provider', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CQC_RATINGS), fc.integer(), (overall, seed) => {
        const { safe, wellLed } = demoKeyQuestions(overall, mulberry32(seed));
        expect(keyQuestionsConsistent(overall, safe, wellLed)).toBe(true);
      }),
    );
  });
});
