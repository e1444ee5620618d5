import { Conflict } from '../errors';
import { notify } from '../notifications/notify';
import { startAfterNotice } from '../packages/hand-back/notice';
import { latestNoticeDate } from '../packages/hand-back/queries';
import { decideAward, type AwardDecision } from './award';
import type { EngineContext } from './context';
import {
  awardFacts,
  claimAward,
  closeUnaccepted,
  expirePendingOffers,
  recordAward,
  roundOffers,
  type RoundRow,
} from './queries/rounds';
import { continueAutomaticRounds } from './rounds';

export type RoundOutcome = 'waiting' | 'awarded' | 'next-round';

/**
 * After an answer inside the window: award if every provider ranked above an acceptance has
 * declined, move on if everyone declined, else keep waiting. The episode must be locked.
 */
export async function settleAfterAnswer(ctx: EngineContext, round: RoundRow): Promise<RoundOutcome> {
  const offers = await roundOffers(ctx.trx, round.id);
  return apply(ctx, round, decideAward(offers, 'open'));
}

/**
 * At the round's deadline: offers nobody answered expire, and the best acceptance wins or the next
 * round opens (or the package becomes unplaced). The episode must be locked.
 */
export async function settleAtDeadline(ctx: EngineContext, round: RoundRow): Promise<RoundOutcome> {
  await expirePendingOffers(ctx.trx, round.id);
  const offers = await roundOffers(ctx.trx, round.id);
  return apply(ctx, round, decideAward(offers, 'closed'));
}

async function apply(ctx: EngineContext, round: RoundRow, decision: AwardDecision): Promise<RoundOutcome> {
  if (decision.outcome === 'wait') return 'waiting';
  if (decision.outcome === 'award') {
    await awardOffer(ctx, round, decision.offerId);
    return 'awarded';
  }
  const { pkg, handedBack } = await closeUnaccepted(ctx, round);
  // After a widened round nothing is automatic: the package goes back to the officers' queue.
  await continueAutomaticRounds(ctx, { pkg, after: round.kind, handedBack });
  return 'next-round';
}

/** Exactly one award per episode: claiming the episode decides the single winner. */
async function awardOffer(ctx: EngineContext, round: RoundRow, offerId: number): Promise<void> {
  const { offer, pkg } = await awardFacts(ctx.trx, { offerId, packageId: round.package_id });
  // After a hand-back the next provider starts the day after the outgoing one's notice date
  // (docs/specification/hand-backs.md §6.3).
  const noticeDate = await latestNoticeDate(ctx.trx, pkg.id);
  const agreedStart = startAfterNotice(offer.proposedStart ?? pkg.wantedStart, noticeDate);
  if (!(await claimAward(ctx, { round, offer, agreedStart }))) {
    throw new Conflict('package-already-awarded', `Package ${pkg.id} has already been awarded.`);
  }
  if (!(await recordAward(ctx, { round, offer, packageId: pkg.id }))) {
    throw new Conflict('package-not-brokering', `Package ${pkg.id} is no longer brokering.`);
  }
  await notify(ctx.trx, { type: 'package.awarded', pkg, episodeId: round.episode_id, agreedStart }, ctx.now);
}
