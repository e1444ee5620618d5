import { describe, expect, it } from 'vitest';
import {
  demotionCandidates,
  primeMedians,
  promotionCandidates,
  reviewWindow,
  type RoleUnderReview,
} from './rules';

const window = reviewWindow('2026-05-01', 3);
const role = (
  providerId: number,
  r: 'prime' | 'supplementary',
  scores: (number | undefined)[],
  offers = 20,
): RoleUnderReview => ({
  providerId,
  zoneId: 'melton',
  role: r,
  offers,
  monthly: new Map(
    window.months.flatMap((m, i) =>
      scores[i] === undefined ? [] : [[m, { mean: scores[i]!, snapshots: 30 }]],
    ),
  ),
});

describe('reviewWindow', () => {
  it('is the complete calendar months before the review date', () => {
    expect(window).toEqual({
      months: ['2026-02', '2026-03', '2026-04'],
      from: '2026-02-01',
      to: '2026-04-30',
    });
    expect(reviewWindow('2026-01-15', 2)).toEqual({
      months: ['2025-11', '2025-12'],
      from: '2025-11-01',
      to: '2025-12-31',
    });
  });
});

describe('demotion', () => {
  it('flags a prime below the threshold in every month, not after one bad month or a missing month', () => {
    const roles = [
      role(1, 'prime', [42, 45, 48]),
      role(2, 'prime', [60, 62, 41]),
      role(3, 'prime', [42, undefined, 48]),
      role(4, 'supplementary', [10, 10, 10]),
    ];
    const flags = demotionCandidates(roles, window, { thresholdFor: () => 50, minOffers: 10 });
    expect(flags.map((f) => f.providerId)).toEqual([1]);
    expect(flags[0]!.evidence.months).toEqual([
      { month: '2026-02', meanScore: 42, snapshots: 30, threshold: 50 },
      { month: '2026-03', meanScore: 45, snapshots: 30, threshold: 50 },
      { month: '2026-04', meanScore: 48, snapshots: 30, threshold: 50 },
    ]);
  });
});

describe('demotion: the mirror of promotion', () => {
  const supplementaries = [
    role(10, 'supplementary', [70, 70, 70]),
    role(11, 'supplementary', [74, 72, 76]),
    role(12, 'supplementary', [80, 80, 80]),
  ];
  const settings = { thresholdFor: () => 50, minOffers: 10 };

  it('flags a prime below the zone\u2019s median supplementary every month, with enough offers', () => {
    const roles = [
      ...supplementaries,
      role(1, 'prime', [68, 71, 70]),
      role(2, 'prime', [68, 73, 70]),
      role(3, 'prime', [60, 60, 60], 9),
      role(4, 'prime', [90, 90, 90]),
    ];
    const flags = demotionCandidates(roles, window, settings);
    expect(flags.map((f) => [f.providerId, f.kind, f.toRole])).toEqual([[1, 'demotion', 'supplementary']]);
    expect(flags[0]!.evidence).toMatchObject({ offers: 20, minOffers: 10 });
    expect(flags[0]!.evidence.months.map((m) => m.supplementaryMedian)).toEqual([74, 72, 76]);
  });

  it('needs supplementaries with scores to compare with; the floor still applies without them', () => {
    const roles = [role(1, 'prime', [60, 60, 60]), role(2, 'prime', [40, 40, 40], 0)];
    expect(demotionCandidates(roles, window, settings).map((f) => f.providerId)).toEqual([2]);
  });

  it('is symmetric: mirroring the scores and swapping the roles swaps promotions and demotions', () => {
    const zone = [
      role(1, 'prime', [80, 82, 81]),
      role(2, 'prime', [66, 65, 67]),
      role(3, 'prime', [75, 75, 75]),
      role(10, 'supplementary', [79, 80, 81]),
      role(11, 'supplementary', [60, 62, 61]),
      role(12, 'supplementary', [70, 70, 70]),
    ];
    const mirrored = zone.map((r) => ({
      ...r,
      role: r.role === 'prime' ? ('supplementary' as const) : ('prime' as const),
      monthly: new Map([...r.monthly].map(([m, v]) => [m, { ...v, mean: 100 - v.mean }])),
    }));
    const noFloor = { thresholdFor: () => 0, minOffers: 10 };
    const ids = (flags: { providerId: number }[]) => flags.map((f) => f.providerId).sort();
    const promoted = ids(promotionCandidates(zone, window, 10, () => true));
    const demoted = ids(demotionCandidates(zone, window, noFloor));
    expect(promoted).toEqual([10]);
    expect(demoted).toEqual([2]);
    expect(ids(demotionCandidates(mirrored, window, noFloor))).toEqual(promoted);
    expect(ids(promotionCandidates(mirrored, window, 10, () => true))).toEqual(demoted);
  });
});

describe('promotion', () => {
  const primes = [
    role(1, 'prime', [60, 60, 60]),
    role(2, 'prime', [70, 70, 70]),
    role(3, 'prime', [80, 80, 80]),
  ];

  it('uses the median prime score of the zone each month', () => {
    expect(primeMedians(primes, window).get('melton')).toEqual(
      new Map([
        ['2026-02', 70],
        ['2026-03', 70],
        ['2026-04', 70],
      ]),
    );
  });

  it('flags a supplementary above the median every month with enough offers', () => {
    const roles = [
      ...primes,
      role(10, 'supplementary', [75, 72, 71]),
      role(11, 'supplementary', [75, 69, 90]),
      role(12, 'supplementary', [90, 90, 90], 9),
    ];
    const flags = promotionCandidates(roles, window, 10, () => true);
    expect(flags.map((f) => [f.providerId, f.kind, f.toRole])).toEqual([[10, 'promotion', 'prime']]);
    expect(flags[0]!.evidence).toMatchObject({ offers: 20, minOffers: 10 });
  });

  it('never promotes in a zone without primes (the rural free zone)', () => {
    const roles = [...primes, role(10, 'supplementary', [90, 90, 90])];
    expect(promotionCandidates(roles, window, 10, () => false)).toEqual([]);
  });
});
