import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { AllocationConfig } from '../config';
import type { Db } from '../db/connect';
import { Conflict, NotFound } from '../http/errors';
import {
  lockEpisode,
  markUnplaced,
  openEpisode,
  openRound,
  type EngineContext,
} from '../allocation/episodes';
import { providersThatHandedBack } from '../allocation/outcome';
import type { RoundKind } from '../allocation/policy';
import { TRANSITIONS, type PackageRecord, type PackageStatus } from './model';
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

async function setStatus(
  ctx: EngineContext,
  pkg: PackageRecord,
  to: PackageStatus,
  extra: Record<string, unknown> = {},
) {
  const updated = await ctx
    .trx('packages')
    .where({ id: pkg.id, status: pkg.status })
    .update({ status: to, updated_at: ctx.now, version: ctx.trx.raw('version + 1'), ...extra });
  if (updated !== 1) {
    throw new Conflict(
      'package-changed',
      `Package ${pkg.id} changed while you were acting on it; reload it.`,
    );
  }
}

/** Audits a lifecycle move of a package: its status before, and the new state with the move's details. */
function auditMove(ctx: EngineContext, pkg: PackageRecord, action: string, after: Record<string, unknown>) {
  return recordAudit(ctx.trx, ctx.actor, ctx.now, {
    action: `package.${action}`,
    entityType: 'package',
    entityId: pkg.id,
    before: { status: pkg.status, providerId: pkg.providerId },
    after,
  });
}

/** Runs a lifecycle move in one transaction with the package's episode locked. */
async function withPackage<T>(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  now: number,
  packageId: number,
  act: (ctx: EngineContext, pkg: PackageRecord) => Promise<T>,
): Promise<T> {
  return db.transaction(async (trx) => {
    const before = await getPackage(trx, packageId);
    assertHeldBy(before, actor);
    if (before.currentEpisodeId !== null) await lockEpisode(trx, before.currentEpisodeId);
    const pkg = await getPackage(trx, packageId);
    return act({ trx, actor, now, config }, pkg);
  });
}

/** The provider confirms that care has started (awarded → active). */
export function confirmStart(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  now: number,
  packageId: number,
  startedOn: string,
) {
  return withPackage(db, actor, config, now, packageId, async (ctx, pkg) => {
    assertTransition(pkg, 'start');
    await setStatus(ctx, pkg, 'active');
    await ctx.trx('brokerage_episodes').where({ id: pkg.currentEpisodeId }).update({
      care_started_at: now,
      care_started_on: startedOn,
    });
    await auditMove(ctx, pkg, 'start', { status: 'active', startedOn });
    return getPackage(ctx.trx, pkg.id);
  });
}

/** An officer ends a package that is in care (active → ended). */
export function endPackage(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  now: number,
  packageId: number,
  endedOn: string,
  reason: string,
) {
  return withPackage(db, actor, config, now, packageId, async (ctx, pkg) => {
    assertTransition(pkg, 'end');
    // closed_at dates the end for reports as at a past instant (src/reports).
    await setStatus(ctx, pkg, 'ended', { closed_at: now });
    await auditMove(ctx, pkg, 'end', { status: 'ended', endedOn, reason });
    return getPackage(ctx.trx, pkg.id);
  });
}

/** An officer cancels a package at any point before it ends; open offers are withdrawn. */
export function cancelPackage(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  now: number,
  packageId: number,
  reason: string,
) {
  return withPackage(db, actor, config, now, packageId, async (ctx, pkg) => {
    assertTransition(pkg, 'cancel');
    await setStatus(ctx, pkg, 'cancelled', { closed_at: now });
    if (pkg.currentEpisodeId !== null) {
      await ctx
        .trx('offers')
        .where({ episode_id: pkg.currentEpisodeId })
        .whereIn('status', ['pending', 'accepted'])
        .update({ status: 'withdrawn' });
      await ctx
        .trx('brokerage_rounds')
        .where({ episode_id: pkg.currentEpisodeId })
        .whereNull('closed_at')
        .update({ closed_at: now, outcome: 'cancelled' });
      await ctx
        .trx('brokerage_episodes')
        .where({ id: pkg.currentEpisodeId })
        .whereNull('outcome')
        .update({ outcome: 'cancelled', closed_at: now });
    }
    await auditMove(ctx, pkg, 'cancel', { status: 'cancelled', reason });
    return getPackage(ctx.trx, pkg.id);
  });
}

/**
 * The provider hands a package back (domain.md §6 P6, §7 row 11): the episode records the reason
 * and notice date, and the package returns to brokering as a new episode, keeping its history.
 */
export function handBack(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  now: number,
  packageId: number,
  input: { reason: string; noticeDate: string },
) {
  return withPackage(db, actor, config, now, packageId, async (ctx, pkg) => {
    assertTransition(pkg, 'hand-back');
    await ctx.trx('brokerage_episodes').where({ id: pkg.currentEpisodeId }).update({
      handed_back_at: now,
      hand_back_reason: input.reason,
      hand_back_notice_date: input.noticeDate,
    });
    await setStatus(ctx, pkg, 'brokering', { provider_id: null });
    await auditMove(ctx, pkg, 'hand-back', {
      status: 'brokering',
      providerId: null,
      reason: input.reason,
      noticeDate: input.noticeDate,
    });
    const reopened = { ...pkg, status: 'brokering' as const, providerId: null };
    await openEpisode(ctx, reopened, 'hand-back', await providersThatHandedBack(ctx, pkg.id));
    return getPackage(ctx.trx, pkg.id);
  });
}

/** Round 3: an officer widens an unplaced package's search (never automatic; audited). */
export function widenSearch(
  db: Db,
  actor: Actor,
  config: AllocationConfig,
  now: number,
  packageId: number,
  scope: 'neighbours' | 'all',
) {
  return withPackage(db, actor, config, now, packageId, async (ctx, pkg) => {
    assertTransition(pkg, 'widen');
    await setStatus(ctx, pkg, 'brokering', { escalated_at: null });
    await auditMove(ctx, pkg, 'widen', { status: 'brokering', scope });
    const kind: RoundKind = scope === 'neighbours' ? 'widened-neighbours' : 'widened-all';
    const brokering = { ...pkg, status: 'brokering' as const };
    const opened = await openRound(ctx, brokering, kind, await providersThatHandedBack(ctx, pkg.id));
    if (opened.offers === 0) await markUnplaced(ctx, brokering);
    return getPackage(ctx.trx, pkg.id);
  });
}
