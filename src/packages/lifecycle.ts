import type { PackageAuditAction } from '../audit/actions';
import { recordAudit } from '../audit/record';
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
import { together } from '../db/dialect';
import { Conflict, NotFound } from '../errors';
import { TRANSITIONS, type PackageRecord, type PackageStatus } from './model';
import { getPackage, toPackage, type PackageRow } from './queries';

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

/** Moves the package from the status it was read with; returns it as the update left it. */
export async function setStatus(
  ctx: EngineContext,
  pkg: PackageRecord,
  to: PackageStatus,
  extra: Record<string, unknown> = {},
): Promise<PackageRecord> {
  const [row]: PackageRow[] = await ctx
    .trx('packages')
    .where({ id: pkg.id, status: pkg.status })
    .update({ status: to, updated_at: ctx.now, version: ctx.trx.raw('version + 1'), ...extra }, '*');
  if (!row) {
    throw new Conflict(
      'package-changed',
      `Package ${pkg.id} changed while you were acting on it; reload it.`,
    );
  }
  return toPackage(row);
}

/** Audits a lifecycle move of a package: its status before, and the new state with the move's details. */
export function auditMove(
  ctx: EngineContext,
  pkg: PackageRecord,
  action: PackageAuditAction,
  after: Record<string, unknown>,
) {
  return recordAudit(ctx.trx, ctx.actor, ctx.now, {
    action,
    entityType: 'package',
    entityId: pkg.id,
    before: { status: pkg.status, providerId: pkg.providerId },
    after,
  });
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
 * The provider confirms that care has started (awarded → active). The package, its episode and the
 * audit trail are separate rows: their writes go to the driver together.
 */
export function confirmStart(ctx: CommandContext, input: { packageId: number; startedOn: string }) {
  return withPackage(ctx, input.packageId, async (engine, pkg, locked) => {
    assertTransition(pkg, 'start');
    const awarded = await awardedAt(engine, pkg, locked);
    requireDatesInRange([
      careStartedCheck('body.startedOn', input.startedOn, { awardedAt: awarded, now: ctx.now }),
    ]);
    const [after] = await together(engine.trx, [
      () => setStatus(engine, pkg, 'active'),
      () => recordCareStarted(engine, { pkg, startedOn: input.startedOn }),
      () => auditMove(engine, pkg, 'package.start', { status: 'active', startedOn: input.startedOn }),
    ]);
    return after;
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
    const [after] = await together(engine.trx, [
      () => setStatus(engine, pkg, 'ended', { closed_at: ctx.now, care_ended_on: input.endedOn }),
      () =>
        auditMove(engine, pkg, 'package.end', {
          status: 'ended',
          endedOn: input.endedOn,
          reason: input.reason,
        }),
    ]);
    return after;
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
