import { recordAudit } from '../audit/record';
import { together } from '../db/dialect';
import { Conflict } from '../http/errors';
import { getPackage } from '../packages/queries';
import { decideAward, type OfferForAward } from './award';
import { continueAutomaticRounds, type EngineContext } from './episodes';
import type { RoundKind } from './policy';

export interface RoundRow {
  id: number;
  episode_id: number;
  package_id: number;
  number: number;
  kind: RoundKind;
  opened_at: number;
  deadline_at: number;
  closed_at: number | null;
  outcome: string | null;
}

/**
 * Applies the award rule to a round after a response or at its deadline: award, keep waiting,
 * or close it and move on to the next round (or to unplaced). The episode must be locked.
 */
export async function settleRound(
  ctx: EngineContext,
  round: RoundRow,
  windowClosed: boolean,
): Promise<string> {
  if (windowClosed) {
    await ctx.trx('offers').where({ round_id: round.id, status: 'pending' }).update({ status: 'expired' });
  }
  const offers: OfferForAward[] = (
    await ctx.trx('offers').where({ round_id: round.id }).select('id', 'rank', 'status')
  ).map((o) => ({ offerId: o.id, rank: o.rank, status: o.status }));
  const decision = decideAward(offers, windowClosed);
  if (decision.outcome === 'wait') return 'waiting';
  if (decision.outcome === 'award') {
    await awardOffer(ctx, round, decision.offerId);
    return 'awarded';
  }
  const [, pkg, handedBack] = await together(ctx.trx, [
    () => closeRound(ctx, round, 'no-acceptance'),
    () => getPackage(ctx.trx, round.package_id),
    () => providersThatHandedBack(ctx, round.package_id),
  ]);
  // After a widened round nothing is automatic: the package goes back to the officers' queue.
  await continueAutomaticRounds(ctx, pkg, round.kind, handedBack);
  return 'next-round';
}

/** Exactly one award per episode: the conditional update on the episode decides the single winner. */
async function awardOffer(ctx: EngineContext, round: RoundRow, offerId: number): Promise<void> {
  const [offer, pkg] = await together(ctx.trx, [
    () => ctx.trx('offers').where({ id: offerId }).first(),
    () => getPackage(ctx.trx, round.package_id),
  ]);
  const won = await ctx
    .trx('brokerage_episodes')
    .where({ id: round.episode_id })
    .whereNull('outcome')
    .update({
      outcome: 'awarded',
      awarded_provider_id: offer.provider_id,
      awarded_offer_id: offerId,
      awarded_at: ctx.now,
      award_round_kind: round.kind,
      agreed_start: offer.proposed_start ?? pkg.wantedStart,
      closed_at: ctx.now,
    });
  if (won !== 1) throw new Conflict('package-already-awarded', `Package ${pkg.id} has already been awarded.`);
  // The episode is ours now; what follows touches separate rows, so it goes to the database at once.
  const [, , , moved] = await together(ctx.trx, [
    () => ctx.trx('offers').where({ id: offerId }).update({ status: 'won' }),
    () =>
      ctx
        .trx('offers')
        .where({ episode_id: round.episode_id })
        .whereNot({ id: offerId })
        .whereIn('status', ['pending', 'accepted'])
        .update({ status: 'lost' }),
    () => closeRound(ctx, round, 'awarded'),
    () =>
      ctx
        .trx('packages')
        .where({ id: pkg.id, status: 'brokering' })
        .update({
          status: 'awarded',
          provider_id: offer.provider_id,
          updated_at: ctx.now,
          version: ctx.trx.raw('version + 1'),
        }),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: 'package.award',
        entityType: 'package',
        entityId: pkg.id,
        before: { status: 'brokering', providerId: null },
        after: {
          status: 'awarded',
          providerId: offer.provider_id,
          offerId,
          roundKind: round.kind,
          rank: offer.rank,
        },
      }),
  ]);
  if (moved !== 1) throw new Conflict('package-not-brokering', `Package ${pkg.id} is no longer brokering.`);
}

/** Closes a round still open; one closed meanwhile keeps the outcome it was closed with. */
function closeRound(ctx: EngineContext, round: RoundRow, outcome: 'awarded' | 'no-acceptance') {
  return ctx
    .trx('brokerage_rounds')
    .where({ id: round.id })
    .whereNull('closed_at')
    .update({ closed_at: ctx.now, outcome });
}

export async function providersThatHandedBack(ctx: EngineContext, packageId: number): Promise<number[]> {
  const rows = await ctx
    .trx('brokerage_episodes')
    .where({ package_id: packageId })
    .whereNotNull('handed_back_at')
    .select('awarded_provider_id');
  return rows.map((r) => Number(r.awarded_provider_id));
}
