import type { Queryable } from '../db/connect';
import { loadRateCards, storedCardInForce, type StoredRateCard } from './queries';

/**
 * The rate card in force today, kept in memory until the date changes. No command creates,
 * changes or deletes a card applying on or before its own today (src/pricing/rate-card.ts:
 * checkNewRateCard, checkRateCardChange), so once a date has come the card in force on it never
 * changes: every instance may keep it without a version check, and a new date reads the table
 * again (docs/specification/rates-and-costs.md §3.8).
 */
export function createRateCardInForce() {
  let kept: { date: string; card: StoredRateCard } | undefined;
  return {
    /** `today` is the London date of the caller's clock now: never a date to come or gone. */
    async on(db: Queryable, today: string): Promise<StoredRateCard | undefined> {
      if (kept?.date === today) return kept.card;
      const card = storedCardInForce(await loadRateCards(db), today);
      // No card yet is not kept: one may be added for tomorrow and the date's turn reads again anyway.
      if (card) kept = { date: today, card };
      return card;
    },
  };
}

export type RateCardInForce = ReturnType<typeof createRateCardInForce>;
