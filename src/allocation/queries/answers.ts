/** A provider's answer to its offer: the reads and writes of src/allocation/respond.ts. */
import type { Knex } from 'knex';
import { recordAudit } from '../../audit/record';
import { together } from '../../db/dialect';
import type { OfferStatus } from '../award';
import type { EngineContext } from '../context';
import type { RoundRow } from './rounds';

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

/** The offer and its round, read together once the episode is locked. */
export async function offerAndRound(
  trx: Trx,
  offerId: number,
): Promise<{ offer: AnsweredOffer; round: RoundRow }> {
  const [offer, round]: [{ status: OfferStatus; deadline_at: number; package_id: number }, RoundRow] =
    await together(trx, [
      () => trx('offers').where({ id: offerId }).first(),
      () =>
        trx('brokerage_rounds')
          .where('id', trx('offers').where({ id: offerId }).select('round_id'))
          .first(),
    ]);
  return {
    offer: { status: offer.status, deadlineAt: Number(offer.deadline_at), packageId: offer.package_id },
    round,
  };
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
