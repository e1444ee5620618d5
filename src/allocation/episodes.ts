/**
 * The brokerage episodes of a package, as the package's lifecycle moves it: opened at intake,
 * closed by a cancellation, dated by the start of care, re-opened by a hand-back, widened by an
 * officer. Package lifecycle commands (src/packages/lifecycle.ts) call these inside their
 * transaction, with the episode locked; nothing else writes episodes, rounds or offers.
 */
import { notify } from '../notifications/notify';
import type { PackageRecord } from '../packages/model';
import type { EngineContext } from './context';
import type { RoundKind } from './policy';
import {
  handedBackProviders,
  insertEpisode,
  pointPackageAtEpisode,
  recordCareStart,
  withdrawEpisode,
} from './queries/episodes';
import { markRebrokered } from '../packages/hand-back/queries';
import { continueAutomaticRounds, markUnplaced, openRound } from './rounds';

export { lockCurrentEpisode, lockEpisode, type LockedEpisode } from './queries/episodes';
/** Packages already in care when imported: an awarded episode each, no rounds, no offers (docs/imports.md). */
export { insertImportedAwards as recordImportedAwards } from './queries/episodes';

async function openEpisode(
  ctx: EngineContext,
  episode: { pkg: PackageRecord; openedBecause: 'intake' | 'hand-back'; handedBack: readonly number[] },
): Promise<{ episodeId: number; outcome: 'offered' | 'unplaced' }> {
  const { pkg, handedBack } = episode;
  const episodeId = await insertEpisode(ctx, { packageId: pkg.id, openedBecause: episode.openedBecause });
  // The package points at its new episode while the first round's candidates are read.
  const outcome = await pointPackageAtEpisode(ctx.trx, { packageId: pkg.id, episodeId }, () =>
    continueAutomaticRounds(ctx, { pkg: { ...pkg, currentEpisodeId: episodeId }, after: null, handedBack }),
  );
  return { episodeId, outcome };
}

/**
 * Intake: the package's first episode and its first round (no one has handed a new package back).
 * Returns the package as it now stands when that is known without reading it again: offers went
 * out, so only its episode changed; undefined when it became unplaced (its status and version moved).
 */
export async function openFirstEpisode(
  ctx: EngineContext,
  pkg: PackageRecord,
): Promise<PackageRecord | undefined> {
  const { episodeId, outcome } = await openEpisode(ctx, { pkg, openedBecause: 'intake', handedBack: [] });
  return outcome === 'offered' ? { ...pkg, currentEpisodeId: episodeId } : undefined;
}

/**
 * Re-brokering after a hand-back opens (docs/specification/hand-backs.md §6.2–6.3): the hand-back
 * is already recorded on the current episode; a new episode brokers the package again without any
 * provider that ever handed it back. `pkg` is the package as it now stands (brokering, still held
 * by the outgoing provider until its notice date or the next award).
 */
export async function rebrokerAfterHandBack(ctx: EngineContext, pkg: PackageRecord): Promise<number> {
  await markRebrokered(ctx, pkg.currentEpisodeId!);
  const handedBack = await handedBackProviders(ctx.trx, pkg.id);
  return (await openEpisode(ctx, { pkg, openedBecause: 'hand-back', handedBack })).episodeId;
}

/** The package was cancelled: open offers are withdrawn, the episode and its open rounds closed. */
export async function withdrawCurrentEpisode(ctx: EngineContext, pkg: PackageRecord): Promise<void> {
  if (pkg.currentEpisodeId === null) return;
  await withdrawEpisode(ctx, pkg.currentEpisodeId);
  await notify(ctx.trx, { type: 'offers.withdrawn', pkg, episodeId: pkg.currentEpisodeId }, ctx.now);
}

/** The provider confirmed that care started: the episode's pick-up is complete. */
export function recordCareStarted(
  ctx: EngineContext,
  start: { pkg: PackageRecord; startedOn: string },
): Promise<void> {
  return recordCareStart(ctx, { episodeId: start.pkg.currentEpisodeId, startedOn: start.startedOn });
}

/**
 * Round 3: an officer widens an unplaced package's search to the neighbouring zones or to every
 * framework provider (never automatic). With nobody to offer it to, it stays unplaced.
 */
export async function widenSearchRound(
  ctx: EngineContext,
  widen: { pkg: PackageRecord; scope: 'neighbours' | 'all' },
): Promise<void> {
  const kind: RoundKind = widen.scope === 'neighbours' ? 'widened-neighbours' : 'widened-all';
  const handedBack = await handedBackProviders(ctx.trx, widen.pkg.id);
  const opened = await openRound(ctx, { pkg: widen.pkg, kind, handedBack });
  if (opened.offers === 0) await markUnplaced(ctx, widen.pkg);
}
