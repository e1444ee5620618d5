/** A provider's answer to its offer: the reads and writes of src/allocation/respond.ts. */
import type { Knex } from 'knex';
import { recordAudit } from '../../audit/record';
import { together } from '../../db/dialect';
import type { OfferStatus } from '../award';
import type { EngineContext } from '../context';
import { ROUND_AND_OFFER_SELECT, roundOf, type OfferInRoundRow } from './round-read';
import { toRoundOffer, type RoundOffer, type RoundRow } from './rounds';

type Trx = Knex.Transaction;

export interface AnsweredOffer {
  status: OfferStatus;
  deadlineAt: number;
  packageId: number;
}

/**
 * Locks the offer's episode (as lockEpisode does) in the same statement that finds it among the
 * provider's own offers: false when the provider has no such offer.
 */
export async function lockEpisodeOfOffer(
  trx: Trx,
  offer: { offerId: number; providerId: number | null },
): Promise<boolean> {
  const locked = await trx('brokerage_episodes')
    .where(
      'id',
      trx('offers').where({ id: offer.offerId, provider_id: offer.providerId }).select('episode_id'),
    )
    .increment('lock_version', 1);
  return locked === 1;
}

/**
 * Once the episode is locked, the answered offer, its round and all the round's offers in one
 * statement: the award rule needs the others' answers, and nothing else can change them meanwhile.
 */
export async function offerInRound(
  trx: Trx,
  offerId: number,
): Promise<{ offer: AnsweredOffer; round: RoundRow; offers: RoundOffer[] }> {
  const rows: OfferInRoundRow[] = await trx('offers as o')
    .join('brokerage_rounds as r', 'r.id', 'o.round_id')
    .where('o.round_id', trx('offers').where({ id: offerId }).select('round_id'))
    .select(...ROUND_AND_OFFER_SELECT);
  const answered = rows.find((r) => Number(r.id) === offerId)!;
  const offer = {
    status: answered.status,
    deadlineAt: Number(answered.deadline_at),
    packageId: Number(answered.package_id),
  };
  return { offer, round: roundOf(answered), offers: rows.map(toRoundOffer) };
}

/** The round's offers once an answer is recorded on one of them. */
export function withAnswer(offers: readonly RoundOffer[], offerId: number, answer: Answer): RoundOffer[] {
  return offers.map((o) =>
    o.offerId === offerId
      ? {
          ...o,
          status: answer.status,
          proposedStart: answer.status === 'accepted' ? answer.proposedStart : null,
        }
      : o,
  );
}

export type Answer =
  { status: 'accepted'; proposedStart: string | null } | { status: 'declined'; declineReason: string };

/** Records the answer on an offer still pending, with its audit row. */
export async function recordAnswer(
  ctx: EngineContext,
  answer: { offerId: number; packageId: number; answer: Answer },
): Promise<void> {
  const { offerId, packageId } = answer;
  const given = answer.answer;
  await together(ctx.trx, [
    () =>
      ctx
        .trx('offers')
        .where({ id: offerId, status: 'pending' })
        .update({
          status: given.status,
          responded_at: ctx.now,
          decline_reason: given.status === 'declined' ? given.declineReason : null,
          proposed_start: given.status === 'accepted' ? given.proposedStart : null,
        }),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: given.status === 'accepted' ? 'offer.accept' : 'offer.decline',
        entityType: 'package',
        entityId: packageId,
        before: { offerId, status: 'pending' },
        after: {
          offerId,
          status: given.status,
          ...(given.status === 'declined' ? { reason: given.declineReason } : {}),
        },
      }),
  ]);
}

export async function offerStatus(trx: Trx, offerId: number): Promise<OfferStatus> {
  const row: { status: OfferStatus } = await trx('offers').where({ id: offerId }).first('status');
  return row.status;
}
