import { describe, expect, it } from 'vitest';
import { londonMidnight } from '../../src/calendar/dates';
import {
  continuityWins,
  noticeCounts,
  placement,
  referralToPlacement,
  replacementTiming,
  specialistPlacement,
  type EpisodeFacts,
} from '../../src/simulation/results/measures';
import { needsAndHandBacksOf } from '../../src/simulation/results/needs-summary';
import type { SimulationSummary } from '../../src/simulation/results/summary';
import { needsAndHandBackRows } from '../../src/simulation/results/tables';

const HOUR = 3_600_000;
const T0 = londonMidnight('2026-01-05') + 9 * HOUR;

function episode(overrides: Partial<EpisodeFacts> = {}): EpisodeFacts {
  return {
    packageId: 1,
    number: 1,
    openedAt: T0,
    awardedAt: T0 + 4 * HOUR,
    awardRoundKind: 'primes',
    urgency: 'standard',
    fundingStream: 'council',
    specialist: false,
    packageStatus: 'active',
    handBack: null,
    ...overrides,
  };
}

const handBack = (noticeDate: string, approval = 'not-needed') => ({ givenAt: T0, noticeDate, approval });

describe('simulation measures of specialist packages and hand-backs', () => {
  it('counts placements and the median hours from opening to award', () => {
    expect(
      placement([episode(), episode({ awardedAt: T0 + 10 * HOUR }), episode({ awardedAt: null })]),
    ).toEqual({
      episodes: 3,
      placed: 2,
      medianHours: 7,
    });
    expect(placement([])).toEqual({ episodes: 0, placed: 0, medianHours: null });
  });

  it('splits specialist awards between the specialist list and the zone primes', () => {
    const rows = [
      episode({ specialist: true, awardRoundKind: 'specialists' }),
      episode({ specialist: true, awardRoundKind: 'specialists', awardedAt: T0 + 8 * HOUR }),
      episode({ specialist: true, awardRoundKind: 'primes', awardedAt: T0 + 2 * HOUR }),
      episode({ specialist: true, awardedAt: null, awardRoundKind: null }),
      episode({ specialist: false, awardRoundKind: 'primes' }),
    ];
    expect(specialistPlacement(rows)).toEqual({
      episodes: 4,
      placed: 3,
      medianHours: 4,
      bySpecialistListPct: 66.7,
      byPrimesPct: 33.3,
    });
  });

  it('measures referral to placement on the first episode of the packages chosen', () => {
    const rows = [
      episode({ urgency: 'hospital-discharge', fundingStream: 'd2a', awardedAt: T0 + 3 * HOUR }),
      episode({ packageId: 2, urgency: 'hospital-discharge', awardedAt: T0 + 5 * HOUR }),
      // A re-brokered episode is not a referral.
      episode({ number: 2, urgency: 'hospital-discharge', awardedAt: T0 + 90 * HOUR }),
    ];
    expect(referralToPlacement(rows, (e) => e.urgency === 'hospital-discharge').medianHours).toBe(4);
    expect(referralToPlacement(rows, (e) => e.fundingStream === 'd2a')).toEqual({
      episodes: 1,
      placed: 1,
      medianHours: 3,
    });
  });

  it('counts a hand-back as short when a commissioner had to decide it or it gave under the notice days', () => {
    const rows = [
      episode({ handBack: handBack('2026-02-02') }), // 28 days
      episode({ handBack: handBack('2026-01-12', 'approved') }),
      episode({ handBack: handBack('2026-02-02', 'refused') }), // moved to the full notice on refusal
      episode({ handBack: handBack('2026-01-07') }), // safety: no approval needed, still short
      episode(),
    ];
    expect(noticeCounts(rows, 28)).toEqual({ full: 1, short: 3 });
    expect(noticeCounts(rows, 2)).toEqual({ full: 2, short: 2 });
  });

  it('times re-placement against the notice date, counting those still waiting after it', () => {
    const notice = '2026-02-02';
    const rows = [
      // Placed 5 days ahead of the notice date.
      episode({ packageId: 1, handBack: handBack(notice) }),
      episode({ packageId: 1, number: 2, awardedAt: londonMidnight('2026-01-28') + 10 * HOUR }),
      // Placed 3 days after it: a gap.
      episode({ packageId: 2, handBack: handBack(notice) }),
      episode({ packageId: 2, number: 2, awardedAt: londonMidnight('2026-02-05') + 10 * HOUR }),
      // Still waiting after the notice date: counted, not placed by it.
      episode({ packageId: 3, handBack: handBack(notice) }),
      episode({ packageId: 3, number: 2, awardedAt: null, packageStatus: 'unplaced' }),
      // Notice date after the run's end: not yet decided, not counted.
      episode({ packageId: 4, handBack: handBack('2026-03-30') }),
      episode({ packageId: 4, number: 2, awardedAt: null, packageStatus: 'brokering' }),
    ];
    expect(replacementTiming(rows, '2026-03-01')).toEqual({
      counted: 3,
      replaced: 2,
      replacedByNoticeDate: 1,
      replacedByNoticeDatePct: 33.3,
      medianDaysAhead: 1,
    });
  });

  it('counts re-placements won by a provider caring nearby, and the ties that decided', () => {
    const score = (value: number) => ({ value });
    const awards = [
      // Nearby, and tied with a provider that was not: the tie-break decided.
      {
        awardedProviderId: 7,
        eligible: [
          { providerId: 7, score: score(80), deliversCareNearby: true },
          { providerId: 8, score: score(80), deliversCareNearby: false },
        ],
      },
      // Nearby, with the higher score anyway.
      {
        awardedProviderId: 7,
        eligible: [
          { providerId: 7, score: score(90), deliversCareNearby: true },
          { providerId: 8, score: score(80), deliversCareNearby: false },
        ],
      },
      { awardedProviderId: 8, eligible: [{ providerId: 8, score: score(80), deliversCareNearby: false }] },
      // A round without the continuity rule (a widened round) is not counted.
      { awardedProviderId: 9, eligible: [{ providerId: 9, score: score(80) }] },
    ];
    expect(continuityWins(awards)).toEqual({
      awards: 3,
      toProviderNearby: 2,
      toProviderNearbyPct: 66.7,
      tieBreaks: 1,
    });
  });

  it('assembles the summary section from the rows, and its CSV rows', () => {
    const section = needsAndHandBacksOf({
      episodes: [episode({ specialist: true, urgency: 'hospital-discharge' })],
      awards: [],
      noticeDays: 28,
      lastDay: '2026-03-01',
    });
    expect(section.specialist.placed).toBe(1);
    expect(section.referralToPlacement.discharge.medianHours).toBe(4);
    expect(section.referralToPlacement.d2a.placed).toBe(0);
    expect(section.handBacks.byNotice).toEqual({ full: 0, short: 0 });
    expect(section.handBacks.continuity.toProviderNearbyPct).toBeNull();
    const rows = needsAndHandBackRows({ needsAndHandBacks: section } as SimulationSummary);
    expect(rows).toContainEqual({ measure: 'handBacks.byNotice.short', value: 0 });
    expect(rows).toContainEqual({ measure: 'specialist.placed', value: 1 });
  });
});
