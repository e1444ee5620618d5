/**
 * Recording CQC ratings in the register (docs/cqc-ratings.md), for every writer: an import of the
 * CQC's file, an admin admitting or editing a provider, quality evidence of a rating change. Each
 * new rating is a new row; the provider's ratings are then read again from the register, its stored
 * copy (providers.cqc_overall/safe/well_led, read by allocation and coverage) brought in line, and a
 * downgrade raises review flags and tells commissioners. Runs inside the caller's transaction.
 */
import { recordAudit } from '../../audit/record';
import type { CommandContext } from '../../performance/command';
import { raiseCqcDowngrade } from '../../performance/reviews/cqc-downgrade';
import { notifyProviderChanged } from '../../notifications/provider-events';
import {
  currentEntries,
  downgrades,
  providerRatings,
  type Downgrade,
  type ProviderRatings,
  type RatingSource,
} from './model';
import {
  cachedRatings,
  insertRatings,
  linkedLocations,
  ratingEntries,
  setCachedRatings,
  type CachedRatings,
  type NewRating,
} from './queries';

/** Each provider's current ratings from the register (as they stood at `asOf` when given). */
export async function providerRatingsFromRegister(
  db: CommandContext['db'],
  filter: Parameters<typeof ratingEntries>[1] = {},
): Promise<Map<number, ProviderRatings>> {
  const byProvider = new Map<number, Awaited<ReturnType<typeof ratingEntries>>>();
  for (const e of await ratingEntries(db, filter)) {
    const list = byProvider.get(e.providerId) ?? [];
    list.push(e);
    byProvider.set(e.providerId, list);
  }
  return new Map(
    [...byProvider].map(([providerId, entries]) => [providerId, providerRatings(currentEntries(entries))]),
  );
}

export interface ProviderRatingChange {
  providerId: number;
  before: ProviderRatings;
  after: ProviderRatings;
  downgrades: Downgrade[];
}

/**
 * Adds ratings of linked locations to the register, audited per provider, and acts on what they
 * change. `ctx.db` must be the caller's transaction.
 */
export async function recordCqcRatings(
  ctx: CommandContext,
  ratings: readonly NewRating[],
  source: RatingSource,
): Promise<ProviderRatingChange[]> {
  const { db, actor, now } = ctx;
  if (ratings.length === 0) return [];
  const locations = await linkedLocations(db);
  const ownerOf = (r: NewRating) => locations.get(r.locationId)!.provider_id;
  const providerIds = [...new Set(ratings.map(ownerOf))];
  const before = await providerRatingsFromRegister(db, { providerIds });
  await insertRatings(db, ratings, { now, by: actor.userId, source });
  const after = await providerRatingsFromRegister(db, { providerIds });
  const changes: ProviderRatingChange[] = [];
  for (const providerId of providerIds) {
    const mine = ratings.filter((r) => ownerOf(r) === providerId);
    await recordAudit(db, actor, now, {
      action: 'cqc-rating.record',
      entityType: 'provider',
      entityId: providerId,
      after: { source, ratings: mine },
    });
    const change = {
      providerId,
      before: before.get(providerId) ?? {},
      after: after.get(providerId) ?? {},
      downgrades: downgrades(before.get(providerId) ?? {}, after.get(providerId) ?? {}),
    };
    await syncStoredRatings(ctx, providerId, change.after);
    if (change.downgrades.length > 0) await raiseCqcDowngrade(ctx, change);
    changes.push(change);
  }
  return changes;
}

const view = (r: CachedRatings) => ({
  cqcOverall: r.cqc_overall,
  cqcSafe: r.cqc_safe,
  cqcWellLed: r.cqc_well_led,
});

/** Brings the provider row's copy of its overall, safe and well-led ratings in line with the register. */
async function syncStoredRatings(ctx: CommandContext, providerId: number, ratings: ProviderRatings) {
  const { db, actor, now } = ctx;
  const stored = await cachedRatings(db, providerId);
  const next: CachedRatings = {
    cqc_overall: ratings.overall?.rating ?? stored.cqc_overall,
    cqc_safe: ratings.safe?.rating ?? stored.cqc_safe,
    cqc_well_led: ratings['well-led']?.rating ?? stored.cqc_well_led,
  };
  const same = (Object.keys(next) as (keyof CachedRatings)[]).every((k) => next[k] === stored[k]);
  if (same) return;
  await setCachedRatings(db, providerId, { ratings: next, at: now });
  await recordAudit(db, actor, now, {
    action: 'provider.cqc-rating',
    entityType: 'provider',
    entityId: providerId,
    before: view(stored),
    after: { ...view(next), ratedOn: ratings.overall?.publishedOn ?? null },
  });
  await notifyProviderChanged(db, { providerId, before: view(stored), after: view(next) }, now);
}
