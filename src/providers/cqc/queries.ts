/** The provider_cqc_locations and cqc_ratings tables (docs/cqc-ratings.md). */
import type { Db, Queryable } from '../../db/connect';
import type { CqcRating, KeyQuestion, RatingEntry, RatingSource } from './model';

export interface LocationRow {
  cqc_location_id: string;
  provider_id: number;
  cqc_provider_id: string | null;
}

export interface NewRating {
  locationId: string;
  keyQuestion: KeyQuestion;
  rating: CqcRating;
  publishedOn: string;
}

/** The linked locations, by CQC location id. */
export async function linkedLocations(db: Queryable): Promise<Map<string, LocationRow>> {
  const rows = (await db('provider_cqc_locations')
    .whereNull('unlinked_at')
    .select('cqc_location_id', 'provider_id', 'cqc_provider_id')) as LocationRow[];
  return new Map(rows.map((r) => [r.cqc_location_id, { ...r, provider_id: Number(r.provider_id) }]));
}

/**
 * Links each provider's own CQC location id to it when it is not yet linked (a provider admitted
 * or seeded without the register), carrying its stored overall, safe and well-led ratings in with
 * its admission date, as the migration did for the providers then on record.
 */
export async function ensureLocationsLinked(
  db: Queryable,
  at: { now: number; by: number | null; source: RatingSource },
  providerIds?: readonly number[],
): Promise<void> {
  const missing = (await db('providers as p')
    .leftJoin('provider_cqc_locations as l', 'l.cqc_location_id', 'p.cqc_location_id')
    .whereNull('l.cqc_location_id')
    .modify((q) => {
      if (providerIds) q.whereIn('p.id', providerIds);
    })
    .select(
      'p.id',
      'p.cqc_location_id',
      'p.cqc_overall',
      'p.cqc_safe',
      'p.cqc_well_led',
      'p.admitted_on',
    )) as {
    id: number;
    cqc_location_id: string;
    cqc_overall: CqcRating;
    cqc_safe: CqcRating;
    cqc_well_led: CqcRating;
    admitted_on: string;
  }[];
  for (const p of missing) {
    await linkLocation(db, { locationId: p.cqc_location_id, providerId: Number(p.id), now: at.now });
    const ratings: [KeyQuestion, CqcRating][] = [
      ['overall', p.cqc_overall],
      ['safe', p.cqc_safe],
      ['well-led', p.cqc_well_led],
    ];
    await insertRatings(
      db,
      ratings.map(([keyQuestion, rating]) => ({
        locationId: p.cqc_location_id,
        keyQuestion,
        rating,
        publishedOn: p.admitted_on,
      })),
      at,
    );
  }
}

export async function linkLocation(
  db: Queryable,
  link: { locationId: string; providerId: number; now: number; cqcProviderId?: string | null },
): Promise<void> {
  await db('provider_cqc_locations').insert({
    cqc_location_id: link.locationId,
    provider_id: link.providerId,
    cqc_provider_id: link.cqcProviderId ?? null,
    linked_at: link.now,
  });
}

/** A location re-registered under a new id: its ratings no longer count for the provider. */
export async function unlinkLocation(db: Queryable, locationId: string, now: number): Promise<void> {
  await db('provider_cqc_locations')
    .where({ cqc_location_id: locationId })
    .whereNull('unlinked_at')
    .update({ unlinked_at: now });
}

export async function rememberCqcProviderId(db: Queryable, locationId: string, cqcProviderId: string) {
  await db('provider_cqc_locations')
    .where({ cqc_location_id: locationId })
    .whereNull('cqc_provider_id')
    .update({ cqc_provider_id: cqcProviderId });
}

export async function insertRatings(
  db: Queryable,
  ratings: readonly NewRating[],
  at: { now: number; by: number | null; source: RatingSource },
): Promise<void> {
  if (ratings.length === 0) return;
  await db('cqc_ratings').insert(
    ratings.map((r) => ({
      cqc_location_id: r.locationId,
      key_question: r.keyQuestion,
      rating: r.rating,
      published_on: r.publishedOn,
      source: at.source,
      recorded_at: at.now,
      recorded_by: at.by,
    })),
  );
}

/**
 * Register rows of linked locations, as they stood at `asOf` when given (recorded before it, the
 * location still linked then, published by `today`); in no particular order.
 */
export async function ratingEntries(
  db: Db | Queryable,
  filter: { providerIds?: readonly number[]; asOf?: { at: number; today: string } } = {},
): Promise<RatingEntry[]> {
  const { providerIds, asOf } = filter;
  const rows = (await db('cqc_ratings as r')
    .join('provider_cqc_locations as l', 'l.cqc_location_id', 'r.cqc_location_id')
    .modify((q) => {
      if (providerIds) q.whereIn('l.provider_id', providerIds);
      if (asOf) {
        q.where('r.recorded_at', '<', asOf.at).where('r.published_on', '<=', asOf.today);
        q.where((w) => w.whereNull('l.unlinked_at').orWhere('l.unlinked_at', '>=', asOf.at));
      } else q.whereNull('l.unlinked_at');
    })
    .select(
      'r.id',
      'l.provider_id',
      'r.cqc_location_id',
      'r.key_question',
      'r.rating',
      'r.published_on',
    )) as {
    id: number;
    provider_id: number;
    cqc_location_id: string;
    key_question: KeyQuestion;
    rating: CqcRating;
    published_on: string;
  }[];
  return rows.map((r) => ({
    id: Number(r.id),
    providerId: Number(r.provider_id),
    locationId: r.cqc_location_id,
    keyQuestion: r.key_question,
    rating: r.rating,
    publishedOn: r.published_on,
  }));
}

/** The rating history of one provider's locations, newest first (for its page and the API). */
export async function ratingHistory(db: Queryable, providerId: number) {
  return (await db('cqc_ratings as r')
    .join('provider_cqc_locations as l', 'l.cqc_location_id', 'r.cqc_location_id')
    .where('l.provider_id', providerId)
    .orderBy([
      { column: 'r.published_on', order: 'desc' },
      { column: 'r.id', order: 'desc' },
    ])
    .select('r.cqc_location_id', 'r.key_question', 'r.rating', 'r.published_on', 'r.source')) as {
    cqc_location_id: string;
    key_question: KeyQuestion;
    rating: CqcRating;
    published_on: string;
    source: RatingSource;
  }[];
}

export interface CachedRatings {
  cqc_overall: CqcRating;
  cqc_safe: CqcRating;
  cqc_well_led: CqcRating;
}

export async function cachedRatings(db: Queryable, providerId: number): Promise<CachedRatings> {
  return (await db('providers')
    .where({ id: providerId })
    .first('cqc_overall', 'cqc_safe', 'cqc_well_led')) as CachedRatings;
}

/** The provider row's copy of its register ratings, read by allocation, coverage and the pages. */
export async function setCachedRatings(
  db: Queryable,
  providerId: number,
  change: { ratings: CachedRatings; at: number },
): Promise<void> {
  await db('providers')
    .where({ id: providerId })
    .update({ ...change.ratings, updated_at: change.at, version: db.raw('version + 1') });
}
