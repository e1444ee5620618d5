import { Conflict } from '../errors';
import { notify } from '../notifications/notify';
import { startAfterNotice } from '../packages/hand-back/notice';
import { decideAward } from './award';
import type { EngineContext } from './context';
import {
  awardFacts,
  claimAward,
  closeUnaccepted,
  expirePendingOffers,
  recordAward,
  winningOffer,
  type RoundOffer,
  type RoundRow,
  type WinningOffer,
} from './queries/rounds';
import { continueAutomaticRounds } from './rounds';

export type RoundOutcome = 'waiting' | 'awarded' | 'next-round';

/**
 * After an answer inside the window: award if every provider ranked above an acceptance has
 * declined, move on if everyone declined, else keep waiting. The episode must be locked; `offers`
 * are the round's offers as they stand with the answer recorded (read under the lock).
 */
export async function settleAfterAnswer(
  ctx: EngineContext,
  round: RoundRow,
  offers: readonly RoundOffer[],
): Promise<{ outcome: RoundOutcome; winner?: number }> {
  return apply(ctx, round, offers, 'open');
}

/**
 * At the round's deadline: offers nobody answered expire, and the best acceptance wins or the next
 * round opens (or the package becomes unplaced). The episode must be locked; `offers` are the
 * round's offers read under the lock, before the expiry.
 */
export async function settleAtDeadline(
  ctx: EngineContext,
  { round, offers }: { round: RoundRow; offers: readonly RoundOffer[] },
): Promise<RoundOutcome> {
  const settled = offers.map((o) => (o.status === 'pending' ? { ...o, status: 'expired' as const } : o));
  if (offers.some((o) => o.status === 'pending')) await expirePendingOffers(ctx.trx, round.id);
  return (await apply(ctx, round, settled, 'closed')).outcome;
}

/** Settles the round as its offers decide; an award names the winning offer. */
async function apply(
  ctx: EngineContext,
  round: RoundRow,
  offers: readonly RoundOffer[],
  window: 'open' | 'closed',
): Promise<{ outcome: RoundOutcome; winner?: number }> {
  const decision = decideAward(offers, window);
  if (decision.outcome === 'wait') return { outcome: 'waiting' };
  if (decision.outcome === 'award') {
    const winner = offers.find((o) => o.offerId === decision.offerId)!;
    await awardOffer(ctx, round, winningOffer(winner));
    return { outcome: 'awarded', winner: winner.offerId };
  }
  const { pkg, handedBack } = await closeUnaccepted(ctx, round);
  // After a widened round nothing is automatic: the package goes back to the officers' queue.
  await continueAutomaticRounds(ctx, { pkg, after: round.kind, handedBack });
  return { outcome: 'next-round' };
}

/** Exactly one award per episode: claiming the episode decides the single winner. */
async function awardOffer(ctx: EngineContext, round: RoundRow, offer: WinningOffer): Promise<void> {
  const { pkg, noticeDate } = await awardFacts(ctx.trx, round.package_id);
  // After a hand-back the next provider starts the day after the outgoing one's notice date
  // (docs/specification/hand-backs.md §6.3).
  const agreedStart = startAfterNotice(offer.proposedStart ?? pkg.wantedStart, noticeDate);
  if (!(await claimAward(ctx, { round, offer, agreedStart }))) {
    throw new Conflict('package-already-awarded', `Package ${pkg.id} has already been awarded.`);
  }
  const moved = await recordAward(ctx, { round, offer, packageId: pkg.id }, () =>
    notify(ctx.trx, { type: 'package.awarded', pkg, episodeId: round.episode_id, agreedStart }, ctx.now),
  );
  if (!moved) throw new Conflict('package-not-brokering', `Package ${pkg.id} is no longer brokering.`);
}
