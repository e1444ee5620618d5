import { describe, expect, it } from 'vitest';
import { classify, sortEntries } from './classify';
import type { QueueRow } from './rows';

const NOW = Date.parse('2026-01-10T12:00:00Z');
const rules = { escalateAfterHours: 48, careStartOverdueDays: 2 };

function row(overrides: Partial<QueueRow>): QueueRow {
  return {
    id: 1,
    reference: 'R-1',
    zoneId: 'melton',
    zoneName: 'Melton',
    band: 'urban',
    weeklyMinutes: 600,
    visitsPerWeek: 14,
    urgency: 'standard',
    fundingStream: 'council',
    careType: 'core',
    status: 'brokering',
    wantedStart: '2026-01-12',
    createdAt: NOW - 3_600_000,
    escalatedAt: null,
    openedBecause: 'intake',
    agreedStart: null,
    round: { number: 1, kind: 'primes', deadlineAt: NOW + 3_600_000, open: true },
    roundId: 1,
    ...overrides,
  };
}

const at = { now: NOW, today: '2026-01-10', rules };

describe('classify and sort', () => {
  it('puts a package with an open round and nothing wrong with providers', () => {
    expect(classify(row({}), at)).toMatchObject({
      view: 'with-providers',
      reasons: [],
      minutesLeftInWindow: 60,
    });
  });

  it('gives every reason a package needs an officer for', () => {
    const entry = classify(
      row({ status: 'unplaced', escalatedAt: NOW, openedBecause: 'hand-back', round: null }),
      at,
    );
    expect(entry).toMatchObject({
      view: 'needs-action',
      reasons: ['escalated', 'unplaced', 'handed-back'],
      canWiden: true,
    });
    expect(classify(row({ status: 'awarded', agreedStart: '2026-01-20', round: null }), at)).toBeNull();
  });

  it('orders urgent and hospital discharge first, then the soonest window end', () => {
    const entries = [
      row({ id: 1, round: { number: 1, kind: 'primes', deadlineAt: NOW + 7_200_000, open: true } }),
      row({ id: 2 }),
      row({
        id: 3,
        urgency: 'hospital-discharge',
        round: { number: 1, kind: 'primes', deadlineAt: NOW + 9_000_000, open: true },
      }),
    ].map((r) => classify(r, at)!);
    expect(sortEntries(entries, 'priority', 'asc').map((e) => e.id)).toEqual([3, 2, 1]);
    expect(sortEntries(entries, 'time-left', 'desc').map((e) => e.id)).toEqual([3, 1, 2]);
  });
});
