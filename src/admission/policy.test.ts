import { describe, expect, it } from 'vitest';
import { roundClosesCheck, dateIssues } from '../calendar/field-rules';
import type { ZoneFacts } from '../providers/model';
import {
  applicationRefusal,
  decisionRefusal,
  outstandingItems,
  roundIsOpen,
  type ApplicationFacts,
} from './policy';

const zone = (id: string, hasPrimes = true): ZoneFacts => ({
  id,
  name: id === 'melton' ? 'Melton' : 'Harborough Rural',
  sizeClass: hasPrimes ? 'small-town' : 'rural-free',
  hasPrimes,
  minPrimes: hasPrimes ? 2 : 0,
  minProviders: 2,
});

const facts = (overrides: Partial<ApplicationFacts> = {}): ApplicationFacts => ({
  round: {
    closesOn: '2026-02-01',
    zoneIds: ['melton', 'harborough-rural'],
    roles: ['prime', 'supplementary'],
    chcApproval: false,
  },
  today: '2026-01-05',
  provider: { status: 'active', chcApproved: false },
  role: 'prime',
  zone: zone('melton'),
  heldRole: null,
  pending: false,
  ...overrides,
});

describe('admission rules', () => {
  it('keeps a round open to the end of its closing day, and a standing round always', () => {
    expect(roundIsOpen({ closesOn: '2026-02-01' }, '2026-02-01')).toBe(true);
    expect(roundIsOpen({ closesOn: '2026-02-01' }, '2026-02-02')).toBe(false);
    expect(roundIsOpen({ closesOn: null }, '2030-01-01')).toBe(true);
  });

  it('takes an application the round invites, and refuses what it does not', () => {
    expect(applicationRefusal(facts())).toBeUndefined();
    expect(applicationRefusal(facts({ today: '2026-02-02' }))?.code).toBe('round-closed');
    expect(applicationRefusal(facts({ provider: { status: 'suspended', chcApproved: false } }))?.code).toBe(
      'provider-not-eligible',
    );
    expect(applicationRefusal(facts({ pending: true }))?.code).toBe('already-applied');
    expect(applicationRefusal(facts({ role: 'chc-approval', zone: null }))?.code).toBe('not-in-round');
    expect(applicationRefusal(facts({ zone: zone('bottesford') }))?.code).toBe('not-in-round');
    expect(applicationRefusal(facts({ zone: zone('harborough-rural', false) }))?.code).toBe(
      'rural-free-zone-has-no-primes',
    );
    expect(applicationRefusal(facts({ heldRole: 'prime', role: 'supplementary' }))?.code).toBe(
      'already-holds-role',
    );
    // A supplementary may apply to be prime in its zone.
    expect(applicationRefusal(facts({ heldRole: 'supplementary' }))).toBeUndefined();
  });

  it('accepts only at or above the threshold, and decides once', () => {
    const d = { status: 'submitted' as const, decision: 'accept' as const, score: 60, threshold: 60 };
    expect(decisionRefusal(d)).toBeUndefined();
    expect(decisionRefusal({ ...d, score: 59 })?.code).toBe('below-quality-threshold');
    expect(decisionRefusal({ ...d, score: 10, decision: 'reject' })).toBeUndefined();
    expect(decisionRefusal({ ...d, status: 'accepted' })?.code).toBe('already-decided');
  });

  it('lists the required items whose latest check is not a pass', () => {
    const latest = (outcome: 'pass' | 'fail') => ({ outcome, evidence: 'ref', checkedBy: 1, checkedAt: '' });
    expect(
      outstandingItems([
        { key: 'insurance', required: true, latest: latest('fail') },
        { key: 'references', required: true, latest: null },
        { key: 'gdpr-01', required: true, latest: latest('pass') },
        { key: 'optional', required: false, latest: null },
      ]),
    ).toEqual(['insurance', 'references']);
  });

  it("holds a round's closing day to today up to a year ahead", () => {
    const now = Date.parse('2026-01-05T09:00:00Z');
    expect(dateIssues([roundClosesCheck('body.closesOn', '2026-01-05', now)])).toEqual([]);
    expect(dateIssues([roundClosesCheck('body.closesOn', '2026-01-04', now)])).toHaveLength(1);
    expect(dateIssues([roundClosesCheck('body.closesOn', '2027-01-06', now)])).toHaveLength(1);
  });
});
