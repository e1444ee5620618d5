/**
 * When a round can be awarded, and to whom. The award goes to the highest-ranked provider that
 * accepts: as soon as a provider accepts and every provider ranked above it has declined, it wins
 * at once; otherwise the award waits for the window to close. This keeps the priority order
 * without making everyone wait for the window.
 *
 * Example: ranks 1 pending, 2 accepted, window open → wait; rank 1 declines → rank 2 wins.
 */

export type OfferStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'won' | 'lost' | 'withdrawn';

export interface OfferForAward {
  offerId: number;
  rank: number;
  status: OfferStatus;
}

export type AwardDecision =
  { outcome: 'award'; offerId: number } | { outcome: 'wait' } | { outcome: 'no-acceptance' };

/** 'open' after an answer inside the window; 'closed' at its deadline. */
export type OfferWindow = 'open' | 'closed';

export function decideAward(offers: readonly OfferForAward[], window: OfferWindow): AwardDecision {
  const byRank = [...offers].sort((a, b) => a.rank - b.rank);
  for (const offer of byRank) {
    if (offer.status === 'accepted' || offer.status === 'won')
      return { outcome: 'award', offerId: offer.offerId };
    // A higher-ranked provider that may still accept holds the round open until the window closes.
    if (offer.status === 'pending' && window === 'open') return { outcome: 'wait' };
  }
  return { outcome: 'no-acceptance' };
}
