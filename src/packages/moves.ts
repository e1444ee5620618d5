/**
 * The writes of a package's lifecycle move (src/packages/lifecycle.ts): its status, moved from the
 * one it was read with, and the move's audit row.
 */
import type { PackageAuditAction } from '../audit/actions';
import { recordAudit } from '../audit/record';
import type { EngineContext } from '../allocation/context';
import { together } from '../db/dialect';
import { Conflict } from '../errors';
import type { PackageRecord, PackageStatus } from './model';
import { toPackage, type PackageRow } from './queries';

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
 * A move written at once: the status, the audit row and any other write of the move (`alongside`,
 * e.g. the episode's start of care). They are separate rows, so they go to the driver together
 * (src/db/dialect.ts `together`); a package changed meanwhile fails the move and the caller's
 * transaction rolls all back. Returns the package as the move left it.
 */
export async function movePackage(
  engine: EngineContext,
  pkg: PackageRecord,
  move: {
    to: PackageStatus;
    set?: Record<string, unknown>;
    audit: { action: PackageAuditAction; after: Record<string, unknown> };
    alongside?: () => PromiseLike<unknown>;
  },
): Promise<PackageRecord> {
  const { to, set, audit, alongside } = move;
  const [after] = await together(engine.trx, [
    () => setStatus(engine, pkg, to, set),
    ...(alongside ? [alongside] : []),
    () => auditMove(engine, pkg, audit.action, audit.after),
  ]);
  return after as PackageRecord;
}
