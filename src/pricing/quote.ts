import { daysInclusive, type IsoDate } from '../calendar/dates';
import type { Band } from './bands';
import { annualCost, priceRange, priceWeekly } from './price';
import { rateCardInForce, rateCardSegments, type RateCard } from './rate-card';

/** A card with the id the API names it by. */
export type IdentifiedRateCard = RateCard & { id: number };

export interface QuoteInput {
  band: Band;
  weeklyMinutes: number;
  /** The date whose card prices the weekly and annual figures. */
  date: IsoDate;
  /** Optional inclusive range, priced piecewise across rate changes. */
  range?: { from: IsoDate; to: IsoDate };
}

export type QuoteRefusal = { code: 'no-rate-card-in-force'; message: string };

/**
 * A price check for a package (story BO1): its weekly and 52-week cost at the card in force on
 * `date`, and optionally the cost of a date range priced day by day at the card of each day, so
 * a range across an uplift shows one segment per card. Money is rounded once per shown figure
 * (money.ts), so the segments add up to the range total exactly.
 *
 * @example priceQuote({ band: 'urban', weeklyMinutes: 600, date: '2022-01-01' }, [card2021])
 *   // { rateCard: { id, appliesFrom: '2021-11-01' }, hourlyRatePence: 1875, weeklyCostPence: 18750, annualCostPence: 975000, range: null }
 */
export function priceQuote(input: QuoteInput, cards: readonly IdentifiedRateCard[]) {
  const card = rateCardInForce(cards, input.date) as IdentifiedRateCard | undefined;
  if (!card) return refusal(`No rate card is in force on ${input.date}.`);
  const weekly = priceWeekly(input.band, input.weeklyMinutes, card);
  let range = null;
  if (input.range) {
    const { from, to } = input.range;
    const uncovered = rateCardSegments(cards, from, to).find((s) => !s.card);
    if (uncovered) return refusal(`No rate card is in force from ${uncovered.from} to ${uncovered.to}.`);
    const priced = priceRange(input.band, input.weeklyMinutes, { from, to }, cards);
    range = {
      from,
      to,
      days: daysInclusive(from, to),
      totalPence: priced.totalPence,
      segments: priced.segments.map((segment) => {
        const segmentCard = rateCardInForce(cards, segment.from) as IdentifiedRateCard;
        return { ...segment, rateCardId: segmentCard.id, rateCardAppliesFrom: segmentCard.appliesFrom };
      }),
    };
  }
  return {
    ok: true as const,
    rateCard: { id: card.id, appliesFrom: card.appliesFrom, label: card.label ?? null },
    hourlyRatePence: weekly.hourlyRatePence,
    weeklyCostPence: weekly.weeklyCostPence,
    annualCostPence: annualCost(weekly.weeklyCostPence),
    range,
  };
}

function refusal(message: string): { ok: false } & QuoteRefusal {
  return { ok: false, code: 'no-rate-card-in-force', message };
}
