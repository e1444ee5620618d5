import { proposedStartCheck, requireDatesInRange } from '../calendar/field-rules';
import { Conflict, NotFound } from '../errors';
import type { DeclineReason } from '../packages/model';
import type { OfferStatus } from './award';
import { inTransaction, type CommandContext, type EngineContext } from './context';
import { settleAfterAnswer, type RoundOutcome } from './outcome';
import {
  lockEpisodeOfOffer,
  offerInRound,
  offerStatus,
  recordAnswer,
  withAnswer,
  type Answer,
} from './queries/answers';

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
 * The offer's status once the round is settled. While the round waits it is the answer just
 * recorded; an award makes it won, or lost if it was accepted (recordAward); after the next round
 * opened it is read back.
 */
async function statusAfter(
  engine: EngineContext,
  settled: { offerId: number; answer: Answer; outcome: RoundOutcome; winner?: number },
): Promise<OfferStatus> {
  const { offerId, answer, outcome, winner } = settled;
  if (outcome === 'waiting') return answer.status;
  if (outcome === 'awarded') {
    if (winner === offerId) return 'won';
    return answer.status === 'accepted' ? 'lost' : answer.status;
  }
  return offerStatus(engine.trx, offerId);
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
    const { offer, round, offers } = await offerInRound(engine.trx, offerId);
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
    const { outcome, winner } = await settleAfterAnswer(engine, round, withAnswer(offers, offerId, answer));
    return {
      offerId,
      status: await statusAfter(engine, { offerId, answer, outcome, winner }),
      roundOutcome: outcome,
    };
  });
}
