import type { Knex } from 'knex';
import { BANDS, isBand, type Band } from './bands';
import { addDays } from './dates';
import { rateCardInForce, type RateCard } from './rate-card';

type Queryable = Knex | Knex.Transaction;

/** A rate card as stored: the pure RateCard plus its id and who made it. */
export interface StoredRateCard extends RateCard {
  id: number;
  label: string;
  createdAt: number;
  createdBy: number | null;
}

interface CardRow {
  id: number;
  applies_from: string;
  label: string;
  created_at: number;
  created_by: number | null;
}

interface RateRow {
  rate_card_id: number;
  band: string;
  hourly_rate_pence: number;
}

/** Every rate card with its four rates, oldest first. A card missing a band is a data error. */
export async function loadRateCards(db: Queryable): Promise<StoredRateCard[]> {
  const [cards, rates] = await Promise.all([
    db('rate_cards')
      .orderBy('applies_from')
      .select('id', 'applies_from', 'label', 'created_at', 'created_by') as Promise<CardRow[]>,
    db('rate_card_rates').select('rate_card_id', 'band', 'hourly_rate_pence') as Promise<RateRow[]>,
  ]);
  return cards.map((card) => {
    const byBand: Partial<Record<Band, number>> = {};
    for (const rate of rates) {
      if (Number(rate.rate_card_id) === Number(card.id) && isBand(rate.band))
        byBand[rate.band] = Number(rate.hourly_rate_pence);
    }
    for (const band of BANDS) {
      if (byBand[band] === undefined) throw new Error(`rate card ${card.id} has no ${band} rate`);
    }
    return {
      id: Number(card.id),
      appliesFrom: card.applies_from,
      label: card.label,
      rates: byBand as Record<Band, number>,
      createdAt: Number(card.created_at),
      createdBy: card.created_by === null ? null : Number(card.created_by),
    };
  });
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
