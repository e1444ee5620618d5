/**
 * A round read with its offers in one statement, under the episode's lock: an answer (answers.ts
 * offerInRound) and the sweep's settling of a round at its deadline decide on the same rows.
 */
import type { Knex } from 'knex';
import {
  ROUND_OFFER_COLUMNS,
  toRoundOffer,
  type RoundOffer,
  type RoundOfferRow,
  type RoundRow,
} from './rounds';

type Trx = Knex.Transaction;

/** The round's own columns, named apart from its offers' in the joined reads. */
const ROUND_COLUMNS = {
  round_id: 'id',
  round_episode_id: 'episode_id',
  round_package_id: 'package_id',
  round_number: 'number',
  round_kind: 'kind',
  round_opened_at: 'opened_at',
  round_deadline_at: 'deadline_at',
  round_closed_at: 'closed_at',
  round_outcome: 'outcome',
} as const;

type RoundColumns = { [K in keyof typeof ROUND_COLUMNS]: RoundRow[(typeof ROUND_COLUMNS)[K]] };

/** An offer's columns beside its round's, as the joined reads return them. */
export type OfferInRoundRow = RoundOfferRow & RoundColumns & { deadline_at: number; package_id: number };

/** The columns of a joined read of rounds `r` and offers `o`. */
export const ROUND_AND_OFFER_SELECT = [
  ...ROUND_OFFER_COLUMNS.map((c) => `o.${c}`),
  'o.deadline_at',
  'o.package_id',
  ...Object.entries(ROUND_COLUMNS).map(([as, column]) => `r.${column} as ${as}`),
];

export function roundOf(row: RoundColumns): RoundRow {
  return {
    id: row.round_id,
    episode_id: row.round_episode_id,
    package_id: row.round_package_id,
    number: row.round_number,
    kind: row.round_kind,
    opened_at: row.round_opened_at,
    deadline_at: row.round_deadline_at,
    closed_at: row.round_closed_at,
    outcome: row.round_outcome,
  };
}

/**
 * A round still open with its offers, or undefined when it was closed meanwhile (the sweep, with the
 * episode locked). Every open round has offers (one with nobody eligible is closed when stored).
 */
export async function openRoundWithOffers(
  trx: Trx,
  roundId: number,
): Promise<{ round: RoundRow; offers: RoundOffer[] } | undefined> {
  const rows: OfferInRoundRow[] = await trx('brokerage_rounds as r')
    .join('offers as o', 'o.round_id', 'r.id')
    .where('r.id', roundId)
    .whereNull('r.closed_at')
    .select(...ROUND_AND_OFFER_SELECT);
  if (rows.length === 0) return undefined;
  return { round: roundOf(rows[0]!), offers: rows.map(toRoundOffer) };
}
