import { addDays } from '../calendar/dates';
import type { Queryable } from '../db/connect';
import { BANDS, isBand, type Band } from './bands';
import { rateCardInForce, type RateCard } from './rate-card';

/** A rate card as stored: the pure RateCard plus its id and who made it. */
export interface StoredRateCard extends RateCard {
  id: number;
  label: string;
  createdAt: number;
  createdBy: number | null;
}

interface CardRateRow {
  id: number;
  applies_from: string;
  label: string;
  created_at: number;
  created_by: number | null;
  band: string | null;
  hourly_rate_pence: number | null;
}

/** Every rate card with its four rates, oldest first. A card missing a band is a data error. */
export async function loadRateCards(db: Queryable): Promise<StoredRateCard[]> {
  const rows: CardRateRow[] = await db('rate_cards as c')
    .leftJoin('rate_card_rates as r', 'r.rate_card_id', 'c.id')
    .orderBy(['c.applies_from', 'c.id'])
    .select(
      'c.id',
      'c.applies_from',
      'c.label',
      'c.created_at',
      'c.created_by',
      'r.band',
      'r.hourly_rate_pence',
    );
  type Gathering = Omit<StoredRateCard, 'rates'> & { rates: Partial<Record<Band, number>> };
  const cards = new Map<number, Gathering>();
  for (const row of rows) {
    const id = Number(row.id);
    let card = cards.get(id);
    if (!card) {
      card = {
        id,
        appliesFrom: row.applies_from,
        label: row.label,
        rates: {},
        createdAt: Number(row.created_at),
        createdBy: row.created_by === null ? null : Number(row.created_by),
      };
      cards.set(id, card);
    }
    if (row.band !== null && isBand(row.band)) card.rates[row.band] = Number(row.hourly_rate_pence);
  }
  for (const card of cards.values()) {
    for (const band of BANDS) {
      if (card.rates[band] === undefined) throw new Error(`rate card ${card.id} has no ${band} rate`);
    }
  }
  return [...cards.values()] as StoredRateCard[];
}

/** rateCardInForce over stored cards, keeping their ids. */
export function storedCardInForce(
  cards: readonly StoredRateCard[],
  date: string,
): StoredRateCard | undefined {
  return rateCardInForce(cards, date) as StoredRateCard | undefined;
}

export type RateCardStatus = 'superseded' | 'in-force' | 'future';

/** A card as the API shows it: when it stops applying and whether it is in force on `today`. */
export function describeRateCard(card: StoredRateCard, cards: readonly StoredRateCard[], today: string) {
  const next = cards
    .filter((c) => c.appliesFrom > card.appliesFrom)
    .reduce<StoredRateCard | undefined>(
      (min, c) => (!min || c.appliesFrom < min.appliesFrom ? c : min),
      undefined,
    );
  const status: RateCardStatus =
    card.appliesFrom > today
      ? 'future'
      : storedCardInForce(cards, today)?.id === card.id
        ? 'in-force'
        : 'superseded';
  return {
    id: card.id,
    appliesFrom: card.appliesFrom,
    appliesUntil: next ? addDays(next.appliesFrom, -1) : null,
    label: card.label,
    status,
    ratesPence: card.rates,
    createdAt: new Date(card.createdAt).toISOString(),
    createdBy: card.createdBy,
  };
}

export async function insertRateCard(
  db: Queryable,
  card: RateCard & { label: string },
  now: number,
  createdBy: number | null,
): Promise<number> {
  const [row] = await db('rate_cards')
    .insert({ applies_from: card.appliesFrom, label: card.label, created_at: now, created_by: createdBy })
    .returning('id');
  const id = Number((row as { id: number }).id);
  await db('rate_card_rates').insert(
    BANDS.map((band) => ({ rate_card_id: id, band, hourly_rate_pence: card.rates[band] })),
  );
  return id;
}
