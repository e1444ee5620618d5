import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { AllocationConfig } from '../config';
import { together } from '../db/dialect';
import { Conflict } from '../http/errors';
import type { PackageRecord } from '../packages/model';
import { zoneOf, type ZoneReference } from '../zones/reference';
import { loadCandidates } from './candidates';
import { decideRound, nextAutomaticRound, type RoundDecision, type RoundKind } from './policy';

type Trx = Knex.Transaction;

export interface EngineContext {
  trx: Trx;
  actor: Actor;
  now: number;
  config: AllocationConfig;
}

/**
 * Serialises every writer of one brokerage episode (accepts, declines, the sweep, cancel):
 * the row update takes PostgreSQL's row lock, and SQLite has a single writer anyway.
 * Callers re-read what they decide on after this.
 */
export async function lockEpisode(trx: Trx, episodeId: number): Promise<void> {
  await trx('brokerage_episodes').where({ id: episodeId }).increment('lock_version', 1);
}

export function offerWindowMinutes(urgency: PackageRecord['urgency'], config: AllocationConfig): number {
  return urgency === 'standard' ? config.standardWindowMinutes : config.urgentWindowMinutes;
}

async function zoneForRounds(trx: Trx, zoneId: string): Promise<ZoneReference> {
  const zone = await zoneOf(trx, zoneId);
  if (!zone) throw new Error(`zone ${zoneId} is not in the zones table`);
  return zone;
}

/** The next number in a sequence kept per parent row (episodes of a package, rounds of an episode). */
function nextNumber(trx: Trx, table: string, parentColumn: string, parentId: number) {
  return trx.raw('(select coalesce(max(??), 0) + 1 from ?? where ?? = ?)', [
    'number',
    table,
    parentColumn,
    parentId,
  ]);
}

/** Opens a brokerage episode for a package (at intake or after a hand-back) and its first round. */
export async function openEpisode(
  ctx: EngineContext,
  pkg: PackageRecord,
  openedBecause: 'intake' | 'hand-back',
  excludeProviderIds: number[] = [],
): Promise<number> {
  const [row] = await ctx
    .trx('brokerage_episodes')
    .insert({
      package_id: pkg.id,
      number: nextNumber(ctx.trx, 'brokerage_episodes', 'package_id', pkg.id),
      opened_because: openedBecause,
      opened_at: ctx.now,
    })
    .returning('id');
  const episodeId = (row as { id: number }).id;
  // The package points at its new episode while the first round's candidates are read.
  await together(ctx.trx, [
    () => ctx.trx('packages').where({ id: pkg.id }).update({ current_episode_id: episodeId }),
    () => continueAutomaticRounds(ctx, { ...pkg, currentEpisodeId: episodeId }, null, excludeProviderIds),
  ]);
  return episodeId;
}

/**
 * Opens the next automatic round after `previous` (primes, then supplementaries), skipping
 * rounds with nobody eligible; when none is left the package becomes unplaced.
 */
export async function continueAutomaticRounds(
  ctx: EngineContext,
  pkg: PackageRecord,
  previous: RoundKind | null,
  excludeProviderIds: number[] = [],
): Promise<void> {
  const { hasPrimes } = await zoneForRounds(ctx.trx, pkg.zoneId);
  let kind = nextAutomaticRound(hasPrimes, previous);
  while (kind !== null) {
    const opened = await openRound(ctx, pkg, kind, excludeProviderIds);
    if (opened.offers > 0) return;
    kind = nextAutomaticRound(hasPrimes, kind);
  }
  await markUnplaced(ctx, pkg);
}

/** Decides a round with the policy, stores the decision (the explanation) and sends the offers. */
export async function openRound(
  ctx: EngineContext,
  pkg: PackageRecord,
  kind: RoundKind,
  excludeProviderIds: number[] = [],
): Promise<{ roundId: number; offers: number }> {
  const episodeId = pkg.currentEpisodeId!;
  const zone = await zoneForRounds(ctx.trx, pkg.zoneId);
  const candidates = await loadCandidates(ctx.trx, {
    zoneId: pkg.zoneId,
    kind,
    now: ctx.now,
    tieBreakDays: ctx.config.tieBreakDays,
    neighbourZoneIds: zone.neighbourZoneIds,
  });
  const decision = withHandBackExclusions(
    decideRound(kind, pkg, candidates, { capacity: ctx.config.capacityMode }),
    excludeProviderIds,
  );
  const deadline = ctx.now + offerWindowMinutes(pkg.urgency, ctx.config) * 60_000;
  const empty = decision.eligible.length === 0;
  const [row] = await ctx
    .trx('brokerage_rounds')
    .insert({
      episode_id: episodeId,
      package_id: pkg.id,
      number: nextNumber(ctx.trx, 'brokerage_rounds', 'episode_id', episodeId),
      kind,
      opened_at: ctx.now,
      deadline_at: deadline,
      closed_at: empty ? ctx.now : null,
      outcome: empty ? 'no-eligible' : null,
      opened_by: ctx.actor.userId,
      decision_json: JSON.stringify(decision),
    })
    .returning('id');
  const roundId = (row as { id: number }).id;
  const sendOffers = () =>
    ctx.trx('offers').insert(
      decision.eligible.map((c) => ({
        round_id: roundId,
        episode_id: episodeId,
        package_id: pkg.id,
        provider_id: c.providerId,
        zone_id: pkg.zoneId,
        band: pkg.band,
        rank: c.rank,
        score: c.score.value,
        sent_at: ctx.now,
        deadline_at: deadline,
        status: 'pending',
      })),
    );
  await together(ctx.trx, [
    () => (empty ? Promise.resolve() : sendOffers()),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: 'round.open',
        entityType: 'package',
        entityId: pkg.id,
        after: {
          roundId,
          kind,
          offers: decision.eligible.map((c) => c.providerId),
          excluded: decision.excluded.length,
        },
      }),
  ]);
  return { roundId, offers: decision.eligible.length };
}

/** A provider that handed the package back is not offered it again in the new episode. */
function withHandBackExclusions(decision: RoundDecision, excludeProviderIds: number[]): RoundDecision {
  if (excludeProviderIds.length === 0) return decision;
  const excluded = decision.eligible.filter((c) => excludeProviderIds.includes(c.providerId));
  const eligible = decision.eligible
    .filter((c) => !excludeProviderIds.includes(c.providerId))
    .map((c, index) => ({ ...c, rank: index + 1 }));
  return {
    ...decision,
    eligible,
    excluded: [
      ...decision.excluded,
      ...excluded.map((c) => ({ providerId: c.providerId, name: c.name, reasons: ['handed-back' as const] })),
    ],
  };
}

/** Nobody is left to offer the package to: it waits on the officers' queue for a widened search. */
export async function markUnplaced(ctx: EngineContext, pkg: PackageRecord): Promise<void> {
  const updated = await ctx
    .trx('packages')
    .where({ id: pkg.id, status: 'brokering' })
    .update({ status: 'unplaced', updated_at: ctx.now, version: ctx.trx.raw('version + 1') });
  if (updated !== 1) throw new Conflict('package-not-brokering', `Package ${pkg.id} is no longer brokering.`);
  await together(ctx.trx, [
    () => ctx.trx('brokerage_episodes').where({ id: pkg.currentEpisodeId }).update({ unplaced_at: ctx.now }),
    () =>
      recordAudit(ctx.trx, ctx.actor, ctx.now, {
        action: 'package.unplaced',
        entityType: 'package',
        entityId: pkg.id,
        before: { status: 'brokering' },
        after: { status: 'unplaced' },
      }),
  ]);
}
