import { describe, expect, it } from 'vitest';
import { PACKAGE_AUDIT_ACTIONS } from '../../audit/actions';
import type { AuditEvent } from '../../audit/queries';
import { packageHistory } from './package-history';

const event = (id: number, action: string, role: string, after: unknown): AuditEvent => ({
  id,
  at: `2026-01-05T09:0${id}:00.000Z`,
  actor: { userId: 1, role },
  action,
  entityType: 'package',
  entityId: '7',
  before: null,
  after,
  requestId: null,
});

describe('packageHistory', () => {
  it('tells a package\u2019s story oldest first, naming providers from their ids and offers', () => {
    const names = { provider: (id: number) => `Provider ${id}`, offer: (id: number) => `Offeree of ${id}` };
    const history = packageHistory(
      [
        event(4, 'package.award', 'provider', { status: 'awarded', providerId: 12, rank: 2 }),
        event(1, 'package.create', 'officer', { band: 'rural', urgency: 'hospital-discharge' }),
        event(2, 'round.open', 'officer', { kind: 'primes', offers: [11, 12], excluded: 1 }),
        event(3, 'offer.decline', 'provider', { offerId: 5, reason: 'no-capacity' }),
        event(5, 'package.hand-back', 'provider', { reason: 'staffing', noticeDate: '2026-02-01' }),
      ],
      names,
    );
    expect(history.map((h) => [h.what, h.detail, h.who])).toEqual([
      ['Package created', 'Rural band, Hospital discharge', 'Brokerage officer'],
      ['Round opened: Primes', 'Offered to 2 providers; 1 excluded', 'Brokerage officer'],
      ['Offer declined', 'By Offeree of 5: No capacity', 'Provider'],
      ['Awarded', 'To Provider 12, ranked 2', 'Provider'],
      ['Handed back', 'Staffing, notice date 1 February 2026', 'Provider'],
    ]);
  });

  it('describes every package action, and a stored action it does not know by its name', () => {
    const names = { provider: () => 'Provider', offer: () => 'Offeree' };
    const events = [...PACKAGE_AUDIT_ACTIONS, 'package.retired-action'].map((action, i) =>
      event(i + 1, action, 'officer', {}),
    );
    const history = packageHistory(events, names);
    expect(history.every((h) => h.what !== '')).toBe(true);
    expect(history.at(-1)?.what).toBe('Package retired action');
  });
});
