/**
 * Episode-level writes of the brokerage engine (src/allocation/queries/rounds.ts has the rounds and
 * offers), and the package states the engine moves a package into: unplaced and escalated.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../../audit/record';
import type { Actor } from '../../auth/roles';
import { together } from '../../db/dialect';
import type { EngineContext } from '../context';

type Trx = Knex.Transaction;

/** The next number in a sequence kept per parent row (episodes of a package, rounds of an episode). */
export function nextNumber(trx: Trx, table: string, parentColumn: string, parentId: number) {
  return trx.raw('(select coalesce(max(??), 0) + 1 from ?? where ?? = ?)', [
    'number',
    table,
    parentColumn,
    parentId,
  ]);
}

/**
 * Serialises every writer of one brokerage episode (accepts, declines, the sweep, cancel):
 * the row update takes PostgreSQL's row lock, and SQLite has a single writer anyway.
 * Callers re-read what they decide on after this.
 */
export async function lockEpisode(trx: Trx, episodeId: number): Promise<void> {
  await trx('brokerage_episodes').where({ id: episodeId }).increment('lock_version', 1);
}

/** The episode a lock took, with when it was awarded (null: not yet). */
export interface LockedEpisode {
  id: number;
  awardedAt: number | null;
}

/**
 * Locks a package's current episode, as lockEpisode does, found in the same statement; returns the
 * episode it locked (none: undefined), so that a move need not read it again.
 */
export async function lockCurrentEpisode(trx: Trx, packageId: number): Promise<LockedEpisode | undefined> {
  const [row]: { id: number; awarded_at: number | null }[] = await trx('brokerage_episodes')
    .where('id', trx('packages').where({ id: packageId }).select('current_episode_id'))
    .increment('lock_version', 1)
    .returning(['id', 'awarded_at']);
  if (!row) return undefined;
  return { id: Number(row.id), awardedAt: row.awarded_at === null ? null : Number(row.awarded_at) };
}

export async function insertEpisode(
  ctx: EngineContext,
  episode: { packageId: number; openedBecause: 'intake' | 'hand-back' },
): Promise<number> {
  const [row] = await ctx
    .trx('brokerage_episodes')
    .insert({
      package_id: episode.packageId,
      number: nextNumber(ctx.trx, 'brokerage_episodes', 'package_id', episode.packageId),
      opened_because: episode.openedBecause,
      opened_at: ctx.now,
    })
    .returning('id');
  return (row as { id: number }).id;
}

/**
 * The package points at its new episode while `alongside` (the episode's first round) runs: separate
 * rows, so they go to the driver together (src/db/dialect.ts `together`). Returns what `alongside` did.
 */
export async function pointPackageAtEpisode<T>(
  trx: Trx,
  link: { packageId: number; episodeId: number },
  alongside: () => PromiseLike<T>,
): Promise<T> {
  const [, result] = await together(trx, [
    () => trx('packages').where({ id: link.packageId }).update({ current_episode_id: link.episodeId }),
    alongside,
  ]);
  return result;
}

/** Every provider that has handed this package back, in any of its episodes. */
export async function handedBackProviders(trx: Trx, packageId: number): Promise<number[]> {
  const rows = await trx('brokerage_episodes')
    .where({ package_id: packageId })
    .whereNotNull('handed_back_at')
    .select('awarded_provider_id');
  return rows.map((r) => Number(r.awarded_provider_id));
}

export async function recordCareStart(
  ctx: EngineContext,
  start: { episodeId: number | null; startedOn: string },
): Promise<void> {
  await ctx.trx('brokerage_episodes').where({ id: start.episodeId }).update({
    care_started_at: ctx.now,
    care_started_on: start.startedOn,
  });
}

/** When an episode was awarded (null if it never was): "care started" may not be dated before it. */
export async function episodeAwardedAt(db: Trx, episodeId: number | null): Promise<number | null> {
  if (episodeId === null) return null;
  const row = await db('brokerage_episodes').where({ id: episodeId }).first('awarded_at');
  return row?.awarded_at == null ? null : Number(row.awarded_at);
}

/** A cancelled package: its open offers are withdrawn, its open rounds and its episode closed. */
export async function withdrawEpisode(ctx: EngineContext, episodeId: number): Promise<void> {
  await ctx
    .trx('offers')
    .where({ episode_id: episodeId })
    .whereIn('status', ['pending', 'accepted'])
    .update({ status: 'withdrawn' });
  await ctx
    .trx('brokerage_rounds')
    .where({ episode_id: episodeId })
    .whereNull('closed_at')
    .update({ closed_at: ctx.now, outcome: 'cancelled' });
  await ctx
    .trx('brokerage_episodes')
    .where({ id: episodeId })
    .whereNull('outcome')
    .update({ outcome: 'cancelled', closed_at: ctx.now });
}

/** Moves a brokering package to unplaced; false when it was no longer brokering. */
export async function setUnplaced(ctx: EngineContext, packageId: number): Promise<boolean> {
  const updated = await ctx
    .trx('packages')
    .where({ id: packageId, status: 'brokering' })
    .update({ status: 'unplaced', updated_at: ctx.now, version: ctx.trx.raw('version + 1') });
  return updated === 1;
}

/** Dates the episode's unplacing and audits it (separate rows: they go to the driver together). */
export async function recordUnplaced(
  ctx: EngineContext,
  unplaced: { packageId: number; episodeId: number | null },
): Promise<void> {
  await together(ctx.trx, [
    () => ctx.trx('brokerage_episodes').where({ id: unplaced.episodeId }).update({ unplaced_at: ctx.now }),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: 'package.unplaced',
        entityType: 'package',
        entityId: unplaced.packageId,
        before: { status: 'brokering' },
        after: { status: 'unplaced' },
      }),
  ]);
}

/** Packages still brokering or unplaced that were taken in at or before `since` and not yet flagged. */
export async function unflaggedWaitingSince(db: Knex, since: number): Promise<number[]> {
  const rows: { id: number }[] = await db('packages')
    .whereIn('status', ['brokering', 'unplaced'])
    .whereNull('escalated_at')
    .where('created_at', '<=', since)
    .select('id');
  return rows.map((r) => r.id);
}

/** Flags a package for the escalation queue once, audited; false when it was flagged meanwhile. */
export async function flagEscalated(
  trx: Trx,
  flag: { packageId: number; actor: Actor; now: number },
): Promise<boolean> {
  const { packageId, actor, now } = flag;
  const updated = await trx('packages')
    .where({ id: packageId })
    .whereNull('escalated_at')
    .update({ escalated_at: now });
  if (updated !== 1) return false;
  await recordAudit(trx, actor, now, {
    action: 'package.escalate',
    entityType: 'package',
    entityId: packageId,
    before: { escalatedAt: null },
    after: { escalatedAt: new Date(now).toISOString() },
  });
  return true;
}

/** `opened_because` of the episode of a package imported in care: pick-up reports leave it out. */
export const IMPORTED_EPISODE = 'import';

/** Rows per insert for the set-based writes of an import (well under SQLite's bound-parameter limit). */
export const IMPORT_BATCH = 500;

/**
 * Packages already in care when they came to the service (docs/imports.md "Caseload"): one closed,
 * awarded episode each, opened because of the import, with no rounds and no offers. The award is
 * dated at the import (the service learned of it then) and the start of care is the day given; the
 * round kind is the provider's zone role then. Pick-up reports leave `import` episodes out: nobody
 * picked them up through the service. Set-based: inserted in batches, then each package pointed at its
 * episode in one statement.
 */
export async function insertImportedAwards(
  trx: Trx,
  input: {
    now: number;
    today: string;
    awards: readonly { packageId: number; providerId: number; roundKind: string; startDate: string }[];
  },
): Promise<void> {
  const { now, today, awards } = input;
  const rows = awards.map((a) => ({
    package_id: a.packageId,
    number: 1,
    opened_because: IMPORTED_EPISODE,
    opened_at: now,
    closed_at: now,
    outcome: 'awarded',
    awarded_provider_id: a.providerId,
    awarded_at: now,
    award_round_kind: a.roundKind,
    agreed_start: a.startDate,
    care_started_at: a.startDate <= today ? now : null,
    care_started_on: a.startDate <= today ? a.startDate : null,
  }));
  for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
    const batch = rows.slice(i, i + IMPORT_BATCH);
    await trx('brokerage_episodes').insert(batch);
    await trx('packages')
      .whereIn(
        'id',
        batch.map((r) => r.package_id),
      )
      .update({
        current_episode_id: trx.raw(
          '(select e.id from brokerage_episodes e where e.package_id = packages.id)',
        ),
      });
  }
}
