import { proposedStartCheck, requireDatesInRange } from '../calendar/field-rules';
import { Conflict, NotFound } from '../errors';
import type { DeclineReason } from '../packages/model';
import type { OfferStatus } from './award';
import { inTransaction, type CommandContext } from './context';
import { settleAfterAnswer, type RoundOutcome } from './outcome';
import { lockEpisodeOfOffer, offerAndRound, offerStatus, recordAnswer, type Answer } from './queries/answers';

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

function answerOf(response: OfferResponse): Answer {
  return response.answer === 'accept'
    ? { status: 'accepted', proposedStart: response.startDate ?? null }
    : { status: 'declined', declineReason: response.reason };
}

/**
 * A provider accepts or declines its own offer. One transaction: lock the episode, record the
 * answer only if the offer is still pending and in time, then apply the award rule.
 */
export function respondToOffer(
  ctx: CommandContext,
  input: { offerId: number; response: OfferResponse },
): Promise<{ offerId: number; status: OfferStatus; roundOutcome: RoundOutcome }> {
  const { offerId } = input;
  const startDate = input.response.answer === 'accept' ? input.response.startDate : undefined;
  requireDatesInRange([proposedStartCheck('body.startDate', startDate, ctx.now)]);
  return inTransaction(ctx, async (engine) => {
    // Another provider's offer is answered exactly like a missing one.
    const mine = await lockEpisodeOfOffer(engine.trx, { offerId, providerId: ctx.actor.providerId });
    if (!mine) throw new NotFound('offer-not-found', `No offer ${offerId}.`);
    const { offer, round } = await offerAndRound(engine.trx, offerId);
    if (offer.status !== 'pending') {
      throw new Conflict(
        `offer-${offer.status}`,
        ANSWERED[offer.status] ?? `This offer is ${offer.status}.`,
        {
          offerStatus: offer.status,
        },
      );
    }
    if (round.closed_at !== null || ctx.now >= offer.deadlineAt) {
      throw new Conflict('offer-expired', ANSWERED.expired!, { offerStatus: 'expired' });
    }
    const answer = answerOf(input.response);
    await recordAnswer(engine, { offerId, packageId: offer.packageId, answer });
    const outcome = await settleAfterAnswer(engine, round);
    // While the round waits, the answer just recorded is the offer's status; an award or the next
    // round may have changed it (won, lost, withdrawn), so then it is read back.
    const status = outcome === 'waiting' ? answer.status : await offerStatus(engine.trx, offerId);
    return { offerId, status, roundOutcome: outcome };
  });
}
