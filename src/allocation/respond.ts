import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { AllocationConfig } from '../config';
import type { Db } from '../db/connect';
import { together } from '../db/dialect';
import { Conflict, NotFound } from '../http/errors';
import type { DeclineReason } from '../packages/model';
import type { EngineContext } from './episodes';
import { settleRound, type RoundRow } from './outcome';

interface AnsweredOffer {
  status: string;
  deadline_at: number;
  package_id: number;
}

export type OfferResponse =
  { answer: 'accept'; startDate?: string } | { answer: 'decline'; reason: DeclineReason };

const ANSWERED: Record<string, string> = {
  accepted:
    'You have already accepted this offer; the award is decided when the providers ranked above you answer or the window closes.',
  declined: 'You have already declined this offer.',
  won: 'This package has already been awarded to you.',
  lost: 'This package has already been awarded to another provider.',
  expired: 'The response window for this offer has closed.',
  withdrawn: 'This offer was withdrawn: the package was cancelled or re-brokered.',
};

/**
 * A provider accepts or declines its own offer. One transaction: lock the episode, record the
 * answer only if the offer is still pending and in time, then apply the award rule.
 */
export async function respondToOffer(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  offerId: number,
  response: OfferResponse,
  now: number,
) {
  return db.transaction(async (trx) => {
    // Locks the offer's episode (as lockEpisode does) in the same statement that finds it among the
    // provider's own offers. Another provider's offer is answered exactly like a missing one.
    const locked = await trx('brokerage_episodes')
      .where('id', trx('offers').where({ id: offerId, provider_id: actor.providerId }).select('episode_id'))
      .increment('lock_version', 1);
    if (locked !== 1) throw new NotFound('offer-not-found', `No offer ${offerId}.`);
    const [offer, round]: [AnsweredOffer, RoundRow] = await together(trx, [
      () => trx('offers').where({ id: offerId }).first(),
      () =>
        trx('brokerage_rounds')
          .where('id', trx('offers').where({ id: offerId }).select('round_id'))
          .first(),
    ]);
    if (offer.status !== 'pending') {
      throw new Conflict(
        `offer-${offer.status}`,
        ANSWERED[offer.status] ?? `This offer is ${offer.status}.`,
        {
          offerStatus: offer.status,
        },
      );
    }
    if (round.closed_at !== null || now >= Number(offer.deadline_at)) {
      throw new Conflict('offer-expired', ANSWERED.expired!, { offerStatus: 'expired' });
    }
    const status = response.answer === 'accept' ? 'accepted' : 'declined';
    await together(trx, [
      () =>
        trx('offers')
          .where({ id: offerId, status: 'pending' })
          .update({
            status,
            responded_at: now,
            decline_reason: response.answer === 'decline' ? response.reason : null,
            proposed_start: response.answer === 'accept' ? (response.startDate ?? null) : null,
          }),
      () =>
        recordAudit(trx, actor, now, {
          action: `offer.${response.answer}`,
          entityType: 'package',
          entityId: offer.package_id,
          before: { offerId, status: 'pending' },
          after: { offerId, status, ...(response.answer === 'decline' ? { reason: response.reason } : {}) },
        }),
    ]);
    const ctx: EngineContext = { trx, actor, now, config };
    const outcome = await settleRound(ctx, round, false);
    // While the round waits, the answer just recorded is the offer's status; an award or the next
    // round may have changed it (won, lost, withdrawn), so then it is read back.
    const after =
      outcome === 'waiting' ? { status } : await trx('offers').where({ id: offerId }).first('status');
    return { offerId, status: after.status as string, roundOutcome: outcome };
  });
}
