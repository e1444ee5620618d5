import { describe, expect, it } from 'vitest';
import { noNeeds, type Needs } from '../packages/model';
import type { NeedsDeclaration } from './needs-policy';
import { decideRound, type Candidate, type RoundInput } from './policy';
import { automaticRounds, DEFAULT_ROUND_ORDER, nextAutomaticRound } from './round-order';

const score = (value: number) => ({ value, components: null, source: 'tender' as const, snapshotId: null });
const able: NeedsDeclaration = {
  specialisms: ['dementia'],
  languages: [],
  doubleUpPackages: 2,
  carerGenders: ['female', 'male'],
};
const candidate = (overrides: Partial<Candidate> & { providerId: number }): Candidate => ({
  name: `Provider ${overrides.providerId}`,
  role: 'prime',
  status: 'active',
  cqcOverall: 'good',
  chcApproved: false,
  capacityMinutes: 6000,
  score: score(70),
  recentAwardsInZone: 0,
  needsDeclaration: able,
  specialistFor: [],
  ...overrides,
});
const pkgWith = (needs: Partial<Needs>) => ({
  careType: 'core' as const,
  weeklyMinutes: 600,
  urgency: 'standard' as const,
  needs: { ...noNeeds(), ...needs },
});
const round = (overrides: Partial<RoundInput> & Pick<RoundInput, 'candidates' | 'pkg'>): RoundInput => ({
  kind: 'primes',
  handedBack: [],
  rules: {
    capacityMode: 'strict',
    standardWindowMinutes: 1_440,
    urgentWindowMinutes: 120,
    roundOrder: DEFAULT_ROUND_ORDER,
  },
  now: Date.parse('2026-01-05T09:00:00Z'),
  zoneHasPrimes: true,
  ...overrides,
});
const reasonsOf = (plan: ReturnType<typeof decideRound>) =>
  Object.fromEntries(plan.excluded.map((e) => [e.providerId, e.reasons]));

describe('decideRound with needs (docs/specification/allocation.md §5.16)', () => {
  it('excludes a provider that cannot meet a hard need, saying which', () => {
    const plan = decideRound(
      round({
        pkg: pkgWith({ twoCarers: true, carerGender: 'female', specialisms: ['dementia'] }),
        candidates: [
          candidate({ providerId: 1 }),
          candidate({ providerId: 2, needsDeclaration: { ...able, doubleUpPackages: 0 } }),
          candidate({ providerId: 3, needsDeclaration: { ...able, carerGenders: ['male'] } }),
          candidate({ providerId: 4, needsDeclaration: { ...able, specialisms: [] } }),
          candidate({ providerId: 5, needsDeclaration: null }),
        ],
      }),
    );
    expect(plan.eligible.map((c) => c.providerId)).toEqual([1]);
    expect(reasonsOf(plan)).toEqual({
      2: ['cannot-double-up'],
      3: ['carer-gender-unavailable'],
      4: ['specialism-not-declared'],
      5: ['no-needs-declared'],
    });
  });

  it('takes an appointment to the specialist list as meeting the specialism in any round', () => {
    const plan = decideRound(
      round({
        pkg: pkgWith({ specialisms: ['dementia'] }),
        candidates: [
          candidate({
            providerId: 1,
            needsDeclaration: { ...able, specialisms: [] },
            specialistFor: ['dementia'],
          }),
        ],
      }),
    );
    expect(plan.eligible.map((c) => c.providerId)).toEqual([1]);
  });

  it('does not hold a missing declaration against a provider when the package has no hard need', () => {
    const plan = decideRound(
      round({
        pkg: pkgWith({ support: ['medication-support'], languages: ['pl'] }),
        candidates: [candidate({ providerId: 1, needsDeclaration: null })],
      }),
    );
    expect(plan.eligible.map((c) => c.providerId)).toEqual([1]);
    expect(plan.eligible[0]!.meetsLanguages).toBe(false);
  });

  it('lets a language break a tie in score, never outrank a higher score', () => {
    const polish = { ...able, languages: ['pl'] };
    const plan = decideRound(
      round({
        pkg: pkgWith({ languages: ['pl'] }),
        candidates: [
          candidate({ providerId: 1, score: score(80) }),
          candidate({ providerId: 2, score: score(70), needsDeclaration: polish }),
          candidate({ providerId: 3, score: score(70) }),
          candidate({ providerId: 4, score: score(60), needsDeclaration: polish }),
        ],
      }),
    );
    expect(plan.eligible.map((c) => [c.providerId, c.meetsLanguages])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, true],
    ]);
  });
});

describe('the specialist order (docs/specification/allocation.md §5.17)', () => {
  const dementia = { zoneHasPrimes: true, needs: { ...noNeeds(), specialisms: ['dementia' as const] } };

  it('goes primes → specialist list → supplementaries for a specialist package, and says why', () => {
    expect(automaticRounds(dementia, DEFAULT_ROUND_ORDER)).toEqual({
      rounds: ['primes', 'specialists', 'supplementaries'],
      because: 'specialist order, for dementia: primes, then specialists, then supplementaries',
    });
    expect(nextAutomaticRound(dementia, DEFAULT_ROUND_ORDER, 'primes')).toBe('specialists');
    expect(nextAutomaticRound({ ...dementia, zoneHasPrimes: false }, DEFAULT_ROUND_ORDER, null)).toBe(
      'specialists',
    );
  });

  it('follows a configured order', () => {
    const order = { ...DEFAULT_ROUND_ORDER, specialist: ['specialists' as const, 'primes' as const] };
    expect(nextAutomaticRound(dementia, order, null)).toBe('specialists');
    expect(nextAutomaticRound(dementia, order, 'primes')).toBeNull();
  });

  it('offers the specialist list countywide by score, appointment vouching for the specialism', () => {
    const plan = decideRound(
      round({
        kind: 'specialists',
        pkg: pkgWith({ specialisms: ['dementia'], carerGender: 'female' }),
        candidates: [
          candidate({
            providerId: 1,
            role: null,
            specialistFor: ['dementia'],
            score: score(60),
            needsDeclaration: { ...able, specialisms: [] },
          }),
          candidate({
            providerId: 2,
            role: null,
            specialistFor: ['dementia'],
            score: score(90),
            capacityMinutes: null,
          }),
          candidate({ providerId: 3, role: 'prime', specialistFor: ['dementia'] }),
          candidate({ providerId: 4, role: null, specialistFor: ['end-of-life'] }),
          candidate({ providerId: 5, role: null, specialistFor: ['dementia'], needsDeclaration: null }),
        ],
      }),
    );
    expect(plan.eligible.map((c) => c.providerId)).toEqual([2, 1]);
    expect(reasonsOf(plan)).toEqual({
      3: ['offered-as-prime'],
      4: ['not-on-specialist-list'],
      5: ['no-needs-declared'],
    });
    expect(plan.order?.rounds).toEqual(['primes', 'specialists', 'supplementaries']);
  });
});
