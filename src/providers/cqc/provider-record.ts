/**
 * The register's side of an admin admitting or editing a provider (POST/PATCH /providers): the
 * ratings typed on the provider's record are ratings of its own registered location, published —
 * as far as the service knows — on the day they are typed (docs/cqc-ratings.md "Other writers").
 */
import { londonDate } from '../../calendar/dates';
import type { CommandContext } from '../../performance/command';
import type { Provider } from '../model';
import type { KeyQuestion } from './model';
import { ensureLocationsLinked, linkLocation, unlinkLocation, type NewRating } from './queries';
import { recordCqcRatings } from './register';

type RatingFields = Pick<Provider, 'cqcLocationId' | 'cqcOverall' | 'cqcSafe' | 'cqcWellLed'>;

/** Before an edit: a provider the register has not met yet is linked with its ratings as they stand. */
export async function registerBeforeEdit(ctx: CommandContext, providerId: number): Promise<void> {
  await ensureLocationsLinked(ctx.db, { now: ctx.now, by: ctx.actor.userId, source: 'carried-over' }, [
    providerId,
  ]);
}

/** A newly admitted provider: its location linked, its ratings dated by its admission. */
export async function registerAdmission(ctx: CommandContext, providerId: number): Promise<void> {
  await ensureLocationsLinked(ctx.db, { now: ctx.now, by: ctx.actor.userId, source: 'admission' }, [
    providerId,
  ]);
}

/**
 * After an edit: a changed location id re-links the provider (the old location's ratings stop
 * counting); changed ratings, or every rating for a new location, are recorded as published today.
 */
export async function registerEdit(
  ctx: CommandContext,
  edit: { providerId: number; before: RatingFields; patch: Partial<RatingFields> },
): Promise<void> {
  const { db, now } = ctx;
  const { providerId, before, patch } = edit;
  const locationId = patch.cqcLocationId ?? before.cqcLocationId;
  const moved = locationId !== before.cqcLocationId;
  if (moved) {
    await unlinkLocation(db, before.cqcLocationId, now);
    await linkLocation(db, { locationId, providerId, now });
  }
  const fields: [KeyQuestion, keyof RatingFields][] = [
    ['overall', 'cqcOverall'],
    ['safe', 'cqcSafe'],
    ['well-led', 'cqcWellLed'],
  ];
  const publishedOn = londonDate(now);
  const ratings: NewRating[] = fields
    .filter(([, field]) => moved || (patch[field] !== undefined && patch[field] !== before[field]))
    .map(([keyQuestion, field]) => ({
      locationId,
      keyQuestion,
      rating: (patch[field] ?? before[field]) as NewRating['rating'],
      publishedOn,
    }));
  await recordCqcRatings(ctx, ratings, 'provider-record');
}
