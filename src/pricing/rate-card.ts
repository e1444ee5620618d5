import { addDays, assertIsoDate, daysInclusive, isIsoDate, type IsoDate } from '../calendar/dates';
import { BANDS, type Band } from './bands';

/**
 * An effective-dated set of hourly rates, one per band (domain.md §7 row 3: keep an
 * effective-dated rate table). A card applies from `appliesFrom` until the next card applies.
 */
export interface RateCard {
  appliesFrom: IsoDate;
  /** Pence per hour of care, per band. */
  rates: Record<Band, number>;
  label?: string;
}

/**
 * The Jan 2020 indicative rates (domain.md §3.1, HC20 ¶20: RLW £9.30/h for all working time plus
 * 45p/mile). The final 2021 HCfL rates are in no source (§3.1), so per domain.md §7 row 3 the
 * seeded card uses these, applying from the framework start (1 Nov 2021, HC21 ¶9), labelled
 * indicative.
 */
export const INDICATIVE_RATE_CARD_2021: RateCard = {
  appliesFrom: '2021-11-01',
  rates: { urban: 1875, fringe: 2020, rural: 2300, isolated: 2635 },
  label: 'Indicative rates (Jan 2020 report, HC20 ¶20); final 2021 HCfL rates not published',
};

/**
 * The card in force on `date`: the one with the latest `appliesFrom` on or before it.
 * Undefined before the first card. Cards may be given in any order; if two share a date
 * (checkNewRateCard refuses that), the later one in the list wins.
 *
 * @example rateCardInForce([INDICATIVE_RATE_CARD_2021], '2021-10-31') // undefined
 * @example rateCardInForce([INDICATIVE_RATE_CARD_2021], '2021-11-01') // the 2021 card
 */
export function rateCardInForce(cards: readonly RateCard[], date: IsoDate): RateCard | undefined {
  assertIsoDate(date);
  let inForce: RateCard | undefined;
  for (const card of cards) {
    if (card.appliesFrom <= date && (!inForce || card.appliesFrom >= inForce.appliesFrom)) inForce = card;
  }
  return inForce;
}

export interface RateCardSegment {
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** Undefined for days before any card applies. */
  card: RateCard | undefined;
}

/**
 * Splits the inclusive range `from`..`to` at every date a new card starts, so each segment is
 * priced by one card. Segments are in date order, cover every day exactly once, and never overlap.
 *
 * @example rateCardSegments([card2021, card2022April], '2022-03-30', '2022-04-02')
 *   // [{ from: '2022-03-30', to: '2022-03-31', days: 2, card: card2021 },
 *   //  { from: '2022-04-01', to: '2022-04-02', days: 2, card: card2022April }]
 */
export function rateCardSegments(cards: readonly RateCard[], from: IsoDate, to: IsoDate): RateCardSegment[] {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from) throw new RangeError(`range ends (${to}) before it starts (${from})`);
  const changeDates = [...new Set(cards.map((c) => c.appliesFrom))].filter((d) => d > from && d <= to).sort();
  const starts = [from, ...changeDates];
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? to : addDays(next, -1);
    return { from: start, to: end, days: daysInclusive(start, end), card: rateCardInForce(cards, start) };
  });
}

export type RateCardProblemCode =
  'invalid-date' | 'not-in-future' | 'duplicate-date' | 'missing-band' | 'unknown-band' | 'invalid-rate';

export interface RateCardProblem {
  code: RateCardProblemCode;
  message: string;
}

/**
 * Why a proposed card may not be added; an empty list means it may. Cards only ever take
 * effect in the future: a card already in force (or in the past) is never added, edited or
 * deleted, because packages have been priced and paid against it (the HTTP layer answers 409
 * with these messages). `today` is the caller's current date, so the rule stays pure.
 */
export function checkNewRateCard(
  existing: readonly RateCard[],
  proposed: RateCard,
  today: IsoDate,
): RateCardProblem[] {
  assertIsoDate(today, 'today');
  const problems: RateCardProblem[] = [];
  if (!isIsoDate(proposed.appliesFrom)) {
    problems.push({
      code: 'invalid-date',
      message: `appliesFrom "${proposed.appliesFrom}" is not a YYYY-MM-DD date`,
    });
  } else if (proposed.appliesFrom <= today) {
    problems.push({
      code: 'not-in-future',
      message: `a new rate card must apply from a future date; ${proposed.appliesFrom} is not after ${today}`,
    });
  }
  if (existing.some((card) => card.appliesFrom === proposed.appliesFrom)) {
    problems.push({
      code: 'duplicate-date',
      message: `a rate card already applies from ${proposed.appliesFrom}; rate cards are never edited`,
    });
  }
  const rates = proposed.rates as Partial<Record<string, unknown>>;
  for (const band of BANDS) {
    const rate = rates[band];
    if (rate === undefined) {
      problems.push({ code: 'missing-band', message: `no rate for the ${band} band` });
    } else if (typeof rate !== 'number' || !Number.isSafeInteger(rate) || rate <= 0) {
      problems.push({
        code: 'invalid-rate',
        message: `the ${band} rate must be a positive whole number of pence, got ${String(rate)}`,
      });
    }
  }
  for (const key of Object.keys(rates)) {
    if (!(BANDS as readonly string[]).includes(key)) {
      problems.push({ code: 'unknown-band', message: `"${key}" is not a price band` });
    }
  }
  return problems;
}

/**
 * Why an existing card may not be edited or deleted, or undefined if it may (it has not yet
 * taken effect). Once in force a card is history: packages were priced against it.
 */
export function checkRateCardChange(card: RateCard, today: IsoDate): RateCardProblem | undefined {
  assertIsoDate(today, 'today');
  if (card.appliesFrom > today) return undefined;
  return {
    code: 'not-in-future',
    message: `the rate card applying from ${card.appliesFrom} is already in force and cannot be changed or deleted`,
  };
}
