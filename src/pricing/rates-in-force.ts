import { addDays, assertIsoDate, daysInclusive, type IsoDate } from '../calendar/dates';
import type { Band } from './bands';
import { rateCardInForce, type RateCard } from './rate-card';

/**
 * A rate recorded for one package from a date (docs/specification/rates-and-costs.md §3.9). A null
 * rate ends an earlier negotiation: from that day the package follows the card again.
 */
export interface NegotiatedRate {
  appliesFrom: IsoDate;
  hourlyRatePence: number | null;
}

export type RateSource = 'card' | 'negotiated';

export interface RateSegment {
  from: IsoDate;
  to: IsoDate;
  days: number;
  hourlyRatePence: number;
  source: RateSource;
}

/** The negotiated rate in force on `date` (the latest from on or before it), if any. */
export function negotiatedInForce(
  rates: readonly NegotiatedRate[],
  date: IsoDate,
): NegotiatedRate | undefined {
  let inForce: NegotiatedRate | undefined;
  for (const rate of rates) {
    if (rate.appliesFrom <= date && (!inForce || rate.appliesFrom >= inForce.appliesFrom)) inForce = rate;
  }
  return inForce;
}

/**
 * The hourly rate a package is paid on `date` (§3.9): its negotiated rate if one is in force, else
 * the card in force that day for its band (frozen at intake). Undefined when neither applies
 * (a day before the first card).
 *
 * @example rateOnDay({ band: 'urban', cards: [card2021], negotiated: [] }, '2022-01-01')
 *   // { hourlyRatePence: 1875, source: 'card' }
 */
export function rateOnDay(
  terms: { band: Band; cards: readonly RateCard[]; negotiated: readonly NegotiatedRate[] },
  date: IsoDate,
): { hourlyRatePence: number; source: RateSource } | undefined {
  const negotiated = negotiatedInForce(terms.negotiated, date)?.hourlyRatePence;
  if (negotiated !== undefined && negotiated !== null)
    return { hourlyRatePence: negotiated, source: 'negotiated' };
  const card = rateCardInForce(terms.cards, date);
  return card ? { hourlyRatePence: card.rates[terms.band], source: 'card' } : undefined;
}

/**
 * Splits the inclusive range `from`..`to` at every day a card or a negotiated rate starts, and
 * gives each stretch the rate paid on it (rateOnDay). Neighbouring stretches paid the same rate
 * from the same source are joined. Throws if a day has no rate: it cannot be priced.
 *
 * @example rateSegments({ band: 'urban', cards: [card2021, cardApril2022], negotiated: [] }, '2022-03-30', '2022-04-02')
 *   // [{ from: '2022-03-30', to: '2022-03-31', days: 2, hourlyRatePence: 1875, source: 'card' },
 *   //  { from: '2022-04-01', to: '2022-04-02', days: 2, hourlyRatePence: 2000, source: 'card' }]
 */
export function rateSegments(
  terms: { band: Band; cards: readonly RateCard[]; negotiated: readonly NegotiatedRate[] },
  from: IsoDate,
  to: IsoDate,
): RateSegment[] {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from) throw new RangeError(`range ends (${to}) before it starts (${from})`);
  const changes = [...terms.cards, ...terms.negotiated]
    .map((c) => c.appliesFrom)
    .filter((d) => d > from && d <= to);
  const starts = [from, ...[...new Set(changes)].sort()];
  const segments: RateSegment[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? to : addDays(next, -1);
    const rate = rateOnDay(terms, start);
    if (!rate) throw new RangeError(`no rate card is in force from ${start} to ${end}`);
    const last = segments.at(-1);
    if (last && last.hourlyRatePence === rate.hourlyRatePence && last.source === rate.source) {
      last.to = end;
      last.days = daysInclusive(last.from, end);
    } else {
      segments.push({ from: start, to: end, days: daysInclusive(start, end), ...rate });
    }
  });
  return segments;
}
