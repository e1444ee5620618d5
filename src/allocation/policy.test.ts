import { describe, expect, it } from 'vitest';
import { noNeeds } from '../packages/model';
import { decideRound, type Candidate, type RoundInput } from './policy';
import { DEFAULT_ROUND_ORDER, nextAutomaticRound } from './round-order';

const candidate = (overrides: Partial<Candidate> & { providerId: number }): Candidate => ({
  name: `Provider ${overrides.providerId}`,
  role: 'prime',
  status: 'active',
  cqcOverall: 'good',
  chcApproved: false,
  capacityMinutes: 6000,
  score: { value: 70, components: null, source: 'tender', snapshotId: null },
  recentAwardsInZone: 0,
  needsDeclaration: null,
  specialistFor: [],
  ...overrides,
});
const score = (value: number) => ({ value, components: null, source: 'tender' as const, snapshotId: null });
const core = {
  careType: 'core' as const,
  weeklyMinutes: 600,
  urgency: 'standard' as const,
  needs: noNeeds(),
};
const NOW = Date.parse('2026-01-05T09:00:00Z');
/** A round to decide: primes for a core package, strict capacity, nobody handed it back. */
const round = (overrides: Partial<RoundInput> & Pick<RoundInput, 'candidates'>): RoundInput => ({
  kind: 'primes',
  pkg: core,
  handedBack: [],
  rules: {
    capacityMode: 'strict',
    standardWindowMinutes: 1_440,
    urgentWindowMinutes: 120,
    roundOrder: DEFAULT_ROUND_ORDER,
  },
  now: NOW,
  zoneHasPrimes: true,
  ...overrides,
});
const advisory = {
  capacityMode: 'advisory' as const,
  standardWindowMinutes: 1_440,
  urgentWindowMinutes: 120,
  roundOrder: DEFAULT_ROUND_ORDER,
};

describe('decideRound', () => {
  it('on re-brokering, puts a provider delivering care nearby first among equal scores, never above a higher one', () => {
    const decision = decideRound(
      round({
        candidates: [
          candidate({ providerId: 1, score: score(80) }),
          candidate({ providerId: 2, score: score(70) }),
          candidate({ providerId: 3, score: score(70) }),
          candidate({ providerId: 4, score: score(60) }),
        ],
        handedBack: [9],
        continuity: { nearby: [3, 4], km: 5 },
      }),
    );
    expect(decision.eligible.map((c) => [c.providerId, c.deliversCareNearby])).toEqual([
      [1, false],
      [3, true],
      [2, false],
      [4, true],
    ]);
    expect(decision.tieBreak).toMatch(/delivering care within 5 km of the person first/);
  });

  it('ranks the zone primes by quality score, highest first', () => {
    const decision = decideRound(
      round({
        candidates: [
          candidate({ providerId: 1, score: score(60) }),
          candidate({ providerId: 2, score: score(90) }),
          candidate({ providerId: 3, score: score(75) }),
          candidate({ providerId: 4, role: 'supplementary', score: score(99) }),
        ],
      }),
    );
    expect(decision.eligible.map((c) => [c.providerId, c.rank])).toEqual([
      [2, 1],
      [3, 2],
      [1, 3],
    ]);
  });

  it('breaks equal scores by fewer recent awards in the zone, then by provider id', () => {
    const decision = decideRound(
      round({
        candidates: [
          candidate({ providerId: 5, recentAwardsInZone: 2 }),
          candidate({ providerId: 9, recentAwardsInZone: 0 }),
          candidate({ providerId: 3, recentAwardsInZone: 2 }),
        ],
      }),
    );
    expect(decision.eligible.map((c) => c.providerId)).toEqual([9, 3, 5]);
  });

  it('excludes suspended, Inadequate, non-CHC (for CHC packages) and full providers, with reasons', () => {
    const decision = decideRound(
      round({
        pkg: { ...core, careType: 'chc' },
        candidates: [
          candidate({ providerId: 1, chcApproved: true }),
          candidate({ providerId: 2, chcApproved: true, status: 'suspended' }),
          candidate({ providerId: 3, chcApproved: true, cqcOverall: 'inadequate' }),
          candidate({ providerId: 4, chcApproved: false }),
          candidate({ providerId: 5, chcApproved: true, capacityMinutes: 599 }),
          candidate({ providerId: 6, chcApproved: true, capacityMinutes: null }),
        ],
      }),
    );
    expect(decision.eligible.map((c) => c.providerId)).toEqual([1]);
    expect(decision.excluded).toEqual([
      { providerId: 2, name: 'Provider 2', reasons: ['not-active'] },
      { providerId: 3, name: 'Provider 3', reasons: ['rated-inadequate'] },
      { providerId: 4, name: 'Provider 4', reasons: ['not-chc-approved'] },
      { providerId: 5, name: 'Provider 5', reasons: ['not-enough-capacity'] },
      { providerId: 6, name: 'Provider 6', reasons: ['no-capacity-declared'] },
    ]);
  });

  it('keeps short-capacity providers, with a note, when capacity is advisory', () => {
    const decision = decideRound(
      round({ candidates: [candidate({ providerId: 5, capacityMinutes: 0 })], rules: advisory }),
    );
    expect(decision.eligible).toHaveLength(1);
    expect(decision.eligible[0]!.notes).toEqual(['not-enough-capacity']);
  });

  it('takes every supplied provider in a widened round, whatever its role in the zone', () => {
    const decision = decideRound(
      round({
        kind: 'widened-all',
        candidates: [
          candidate({ providerId: 1, role: null, capacityMinutes: null }),
          candidate({ providerId: 2, role: 'prime' }),
        ],
      }),
    );
    expect(decision.eligible.map((c) => c.providerId).sort()).toEqual([1, 2]);
  });

  it('never offers the package again to a provider that handed it back, ranking the rest as if it were absent', () => {
    const decision = decideRound(
      round({
        candidates: [
          candidate({ providerId: 1, score: score(90) }),
          candidate({ providerId: 2, score: score(80) }),
          candidate({ providerId: 3, score: score(70), status: 'suspended' }),
          candidate({ providerId: 4, score: score(60) }),
          candidate({ providerId: 5, score: score(95) }),
        ],
        handedBack: [3, 1, 5],
      }),
    );
    expect(decision.eligible.map((c) => [c.providerId, c.rank])).toEqual([
      [2, 1],
      [4, 2],
    ]);
    // Other exclusions first, by provider id; then those that handed it back, in the order they would have ranked.
    expect(decision.excluded).toEqual([
      { providerId: 3, name: 'Provider 3', reasons: ['not-active'] },
      { providerId: 5, name: 'Provider 5', reasons: ['handed-back'] },
      { providerId: 1, name: 'Provider 1', reasons: ['handed-back'] },
    ]);
  });

  it('gives urgent and hospital-discharge packages the short window, the rest the standard one', () => {
    const candidates = [candidate({ providerId: 1 })];
    expect(decideRound(round({ candidates })).deadlineAt).toBe(NOW + 1_440 * 60_000);
    for (const urgency of ['urgent', 'hospital-discharge'] as const) {
      expect(decideRound(round({ candidates, pkg: { ...core, urgency } })).deadlineAt).toBe(
        NOW + 120 * 60_000,
      );
    }
  });
});

describe('nextAutomaticRound', () => {
  const standard = (zoneHasPrimes: boolean) => ({ zoneHasPrimes, needs: noNeeds() });
  it('goes primes → supplementaries → none', () => {
    expect(nextAutomaticRound(standard(true), DEFAULT_ROUND_ORDER, null)).toBe('primes');
    expect(nextAutomaticRound(standard(true), DEFAULT_ROUND_ORDER, 'primes')).toBe('supplementaries');
    expect(nextAutomaticRound(standard(true), DEFAULT_ROUND_ORDER, 'supplementaries')).toBeNull();
  });

  it('starts the rural free zone with supplementaries (docs/specification/allocation.md §5.3)', () => {
    expect(nextAutomaticRound(standard(false), DEFAULT_ROUND_ORDER, null)).toBe('supplementaries');
    expect(nextAutomaticRound(standard(false), DEFAULT_ROUND_ORDER, 'supplementaries')).toBeNull();
  });

  it('opens no automatic round after a widened one', () => {
    expect(nextAutomaticRound(standard(true), DEFAULT_ROUND_ORDER, 'widened-all')).toBeNull();
  });
});
