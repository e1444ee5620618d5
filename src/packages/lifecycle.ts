import type { Actor } from '../auth/roles';
import { inTransaction, type CommandContext, type EngineContext } from '../allocation/context';
import {
  lockCurrentEpisode,
  type LockedEpisode,
  recordCareStarted,
  widenSearchRound,
  withdrawCurrentEpisode,
} from '../allocation/episodes';
import { episodeAwardedAt } from '../allocation/queries/episodes';
import { careStartedCheck, requireDatesInRange } from '../calendar/field-rules';
import { Conflict, NotFound } from '../errors';
import { TRANSITIONS, type PackageRecord } from './model';
import { auditMove, movePackage, setStatus } from './moves';
import { getPackage } from './queries';

type Move = keyof typeof TRANSITIONS;

/** 409 naming the current state when a lifecycle move is not legal from it. */
export function assertTransition(pkg: PackageRecord, move: Move): void {
  if (!TRANSITIONS[move]!.includes(pkg.status)) {
    throw new Conflict('illegal-transition', `Cannot ${move} package ${pkg.id}: it is ${pkg.status}.`, {
      currentStatus: pkg.status,
    });
  }
}

/** Providers see only packages they hold; anything else is answered as not found. */
function assertHeldBy(pkg: PackageRecord, actor: Actor): void {
  if (actor.role === 'provider' && pkg.providerId !== actor.providerId) {
    throw new NotFound('package-not-found', `No package ${pkg.id}.`);
  }
}

/**
 * Runs a lifecycle move in one transaction with the package's episode locked, and returns the
 * package as the move left it. The lock finds the episode itself, so the package is read once,
 * under it; the move is given the episode the lock took, and returns the package when its last
 * write to it returned it (else it is read again).
 */
export function withPackage(
  ctx: CommandContext,
  packageId: number,
  move: (engine: EngineContext, pkg: PackageRecord, locked?: LockedEpisode) => Promise<PackageRecord | void>,
): Promise<PackageRecord> {
  return inTransaction(ctx, async (engine) => {
    const locked = await lockCurrentEpisode(engine.trx, packageId);
    const pkg = await getPackage(engine.trx, packageId);
    assertHeldBy(pkg, ctx.actor);
    const after = await move(engine, pkg, locked);
    return after ?? getPackage(engine.trx, packageId);
  });
}

/** When the package's current episode was awarded: the lock's row says, if it is that episode. */
function awardedAt(engine: EngineContext, pkg: PackageRecord, locked?: LockedEpisode) {
  if (locked && locked.id === pkg.currentEpisodeId) return locked.awardedAt;
  return episodeAwardedAt(engine.trx, pkg.currentEpisodeId);
}

/**
 * The provider confirms that care has started (awarded → active): the package, its episode and the
 * audit trail.
 */
export function confirmStart(ctx: CommandContext, input: { packageId: number; startedOn: string }) {
  return withPackage(ctx, input.packageId, async (engine, pkg, locked) => {
    assertTransition(pkg, 'start');
    const awarded = await awardedAt(engine, pkg, locked);
    requireDatesInRange([
      careStartedCheck('body.startedOn', input.startedOn, { awardedAt: awarded, now: ctx.now }),
    ]);
    return movePackage(engine, pkg, {
      to: 'active',
      audit: { action: 'package.start', after: { status: 'active', startedOn: input.startedOn } },
      alongside: () => recordCareStarted(engine, { pkg, startedOn: input.startedOn }),
    });
  });
}

/** An officer ends a package that is in care (active → ended). */
export function endPackage(
  ctx: CommandContext,
  input: { packageId: number; endedOn: string; reason: string },
) {
  return withPackage(ctx, input.packageId, async (engine, pkg) => {
    assertTransition(pkg, 'end');
    // closed_at dates the end for reports as at a past instant (src/reports); care_ended_on is the
    // last day of care that payments price (src/payments).
    return movePackage(engine, pkg, {
      to: 'ended',
      set: { closed_at: ctx.now, care_ended_on: input.endedOn },
      audit: {
        action: 'package.end',
        after: { status: 'ended', endedOn: input.endedOn, reason: input.reason },
      },
    });
  });
}

/** An officer cancels a package at any point before it ends; open offers are withdrawn. */
export function cancelPackage(ctx: CommandContext, input: { packageId: number; reason: string }) {
  return withPackage(ctx, input.packageId, async (engine, pkg) => {
    assertTransition(pkg, 'cancel');
    const after = await setStatus(engine, pkg, 'cancelled', { closed_at: ctx.now });
    await withdrawCurrentEpisode(engine, pkg);
    await auditMove(engine, pkg, 'package.cancel', { status: 'cancelled', reason: input.reason });
    return after;
  });
}

/** Round 3: an officer widens an unplaced package's search (never automatic; audited). */
export function widenSearch(ctx: CommandContext, input: { packageId: number; scope: 'neighbours' | 'all' }) {
  return withPackage(ctx, input.packageId, async (engine, pkg) => {
    assertTransition(pkg, 'widen');
    await setStatus(engine, pkg, 'brokering', { escalated_at: null });
    await auditMove(engine, pkg, 'package.widen', { status: 'brokering', scope: input.scope });
    await widenSearchRound(engine, { pkg: { ...pkg, status: 'brokering' }, scope: input.scope });
  });
}
