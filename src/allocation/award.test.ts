import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAward, type OfferForAward, type OfferStatus } from './award';

const offers = (...statuses: OfferStatus[]): OfferForAward[] =>
  statuses.map((status, i) => ({ offerId: 100 + i, rank: i + 1, status }));

describe('decideAward', () => {
  it('awards the top-ranked provider as soon as it accepts', () => {
    expect(decideAward(offers('accepted', 'pending', 'pending'), 'open')).toEqual({
      outcome: 'award',
      offerId: 100,
    });
  });

  it('waits while a higher-ranked provider may still accept', () => {
    expect(decideAward(offers('pending', 'accepted'), 'open')).toEqual({ outcome: 'wait' });
  });

  it('awards a lower-ranked acceptance once everyone above it has declined', () => {
    expect(decideAward(offers('declined', 'declined', 'accepted', 'pending'), 'open')).toEqual({
      outcome: 'award',
      offerId: 102,
    });
  });

  it('at the window close, awards the highest-ranked acceptance, passing over silence', () => {
    expect(decideAward(offers('pending', 'accepted', 'accepted'), 'closed')).toEqual({
      outcome: 'award',
      offerId: 101,
    });
  });

  it('ends with no acceptance when all decline, or the window closes on silence', () => {
    expect(decideAward(offers('declined', 'declined'), 'open')).toEqual({ outcome: 'no-acceptance' });
    expect(decideAward(offers('pending', 'declined'), 'closed')).toEqual({ outcome: 'no-acceptance' });
    expect(decideAward([], 'open')).toEqual({ outcome: 'no-acceptance' });
  });

  it('never awards a provider while someone ranked above it could still accept (property)', () => {
    const status = fc.constantFrom<OfferStatus>('pending', 'accepted', 'declined');
    fc.assert(
      fc.property(fc.array(status, { maxLength: 12 }), fc.boolean(), (statuses, closed) => {
        const decision = decideAward(offers(...statuses), closed ? 'closed' : 'open');
        if (decision.outcome !== 'award') return;
        const winnerIndex = decision.offerId - 100;
        expect(statuses[winnerIndex]).toBe('accepted');
        for (const above of statuses.slice(0, winnerIndex)) {
          expect(above === 'declined' || (closed && above === 'pending')).toBe(true);
        }
      }),
    );
  });
});
