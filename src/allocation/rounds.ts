import { Conflict } from '../errors';
import { notify } from '../notifications/notify';
import type { PackageRecord } from '../packages/model';
import { candidatesFrom } from './candidates';
import type { EngineContext } from './context';
import { decideRound, type RoundKind } from './policy';
import { nextAutomaticRound } from './round-order';
import { roundFacts, zoneForRounds } from './queries/candidates';
import { providersDeliveringNear } from './queries/continuity';
import { recordUnplaced, setUnplaced } from './queries/episodes';
import { insertRound, sendOffers } from './queries/rounds';

export interface RoundRequest {
  pkg: PackageRecord;
  kind: RoundKind;
  /** Providers that handed the package back (src/allocation/queries/episodes.ts handedBackProviders). */
  handedBack: readonly number[];
}

/** Decides a round with the policy, stores the decision (the explanation) and sends the offers. */
export async function openRound(
  ctx: EngineContext,
  { pkg, kind, handedBack }: RoundRequest,
): Promise<{ roundId: number; offers: number }> {
  const episodeId = pkg.currentEpisodeId!;
  const zone = await zoneForRounds(ctx, pkg.zoneId);
  const facts = await roundFacts(ctx.trx, {
    zone,
    kind,
    now: ctx.now,
    tieBreakDays: ctx.config.tieBreakDays,
    specialisms: pkg.needs.specialisms,
  });
  const plan = decideRound({
    kind,
    pkg,
    candidates: candidatesFrom(facts),
    handedBack,
    continuity: await continuityFor(ctx, { pkg, handedBack }),
    rules: ctx.config,
    now: ctx.now,
    zoneHasPrimes: zone.hasPrimes,
  });
  const roundId = await insertRound(ctx, { episodeId, packageId: pkg.id, plan });
  await sendOffers(ctx, { roundId, episodeId, pkg, plan });
  if (plan.eligible.length > 0) {
    await notify(ctx.trx, { type: 'offers.sent', pkg, roundId, windowEndsAt: plan.deadlineAt }, ctx.now);
  }
  return { roundId, offers: plan.eligible.length };
}

/** Re-brokering after a hand-back prefers, on equal scores, providers already delivering care nearby. */
async function continuityFor(ctx: EngineContext, round: Pick<RoundRequest, 'pkg' | 'handedBack'>) {
  if (round.handedBack.length === 0) return null;
  const km = ctx.config.handBack.continuityKm;
  const { id, lon, lat } = round.pkg;
  return { nearby: await providersDeliveringNear(ctx.trx, { packageId: id, lon, lat, km }), km };
}

/**
 * Opens the next automatic round after `after` (in the package's order, src/allocation/round-order.ts; null: the first),
 * skipping rounds with nobody eligible; when none is left the package becomes unplaced. Says which.
 */
export async function continueAutomaticRounds(
  ctx: EngineContext,
  next: { pkg: PackageRecord; after: RoundKind | null; handedBack: readonly number[] },
): Promise<'offered' | 'unplaced'> {
  const { pkg, handedBack } = next;
  const { hasPrimes } = await zoneForRounds(ctx, pkg.zoneId);
  const order = { zoneHasPrimes: hasPrimes, needs: pkg.needs };
  let kind = nextAutomaticRound(order, ctx.config.roundOrder, next.after);
  while (kind !== null) {
    const opened = await openRound(ctx, { pkg, kind, handedBack });
    if (opened.offers > 0) return 'offered';
    kind = nextAutomaticRound(order, ctx.config.roundOrder, kind);
  }
  await markUnplaced(ctx, pkg);
  return 'unplaced';
}

/** Nobody is left to offer the package to: it waits on the officers' queue for a widened search. */
export async function markUnplaced(ctx: EngineContext, pkg: PackageRecord): Promise<void> {
  if (!(await setUnplaced(ctx, pkg.id))) {
    throw new Conflict('package-not-brokering', `Package ${pkg.id} is no longer brokering.`);
  }
  await recordUnplaced(ctx, { packageId: pkg.id, episodeId: pkg.currentEpisodeId });
  await notify(ctx.trx, { type: 'package.unplaced', pkg }, ctx.now);
}
