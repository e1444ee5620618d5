import type { z } from 'zod';
import { batchingAudits, recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { d2aChecks, requireDatesInRange, wantedStartCheck } from '../calendar/field-rules';
import { Unprocessable } from '../errors';
import { openFirstEpisode } from '../allocation/episodes';
import { hoursToMinutes } from '../pricing/minutes';
import type { Services } from '../services';
import { crashPoint } from '../test-hooks';
import { getPackage, toPackage, type PackageRow } from './queries';
import { intakePoint } from './locate';
import { intakeFundingStream, type BandOverrideSchema, type NewPackageSchema } from './schemas';

export type NewPackage = z.output<typeof NewPackageSchema>;
type BandOverrideInput = z.output<typeof BandOverrideSchema>;

/** The columns of a package row that an intake leaves empty (the override's unless one is given). */
const NOT_YET_SET = {
  placed_band: null,
  band_override_reason: null,
  band_override_comment: null,
  band_overridden_by: null,
  band_overridden_at: null,
  review_outcome: null,
  reviewed_at: null,
  provider_id: null,
  current_episode_id: null,
  escalated_at: null,
} satisfies Partial<PackageRow>;

/** The fields that may go into the audit trail: nothing that could identify the person. */
export function auditablePackage(row: Record<string, unknown>) {
  const {
    reference: _reference,
    lon: _lon,
    lat: _lat,
    postcode: _postcode,
    band_override_comment: _comment,
    ...rest
  } = row;
  return rest;
}

/** The columns of a band override (the comment stays out of the audit row: auditablePackage). */
export function overrideColumns(
  override: BandOverrideInput,
  at: { placedBand: string; actor: Actor; now: number },
) {
  return {
    placed_band: at.placedBand,
    band_override_reason: override.reason,
    band_override_comment: override.comment,
    band_overridden_by: at.actor.userId,
    band_overridden_at: at.now,
  };
}

/**
 * Intake, one transaction: locate the person (zone and band) from a postcode or coordinates, take
 * an officer's band override if given (docs/specification/zones-and-bands.md §2.9), freeze the rate
 * in force today for the band, store the package, and open the first brokerage round
 * (docs/specification/roles-and-stories.md §9.2, stories BO1–BO3). Later boundary or rate changes
 * never rewrite a package's zone, band or rate.
 */
export async function intakePackage(
  deps: Pick<Services, 'db' | 'zones' | 'zoneFacts' | 'config' | 'postcodes' | 'rateCardInForce'>,
  actor: Actor,
  input: NewPackage,
  now: number,
) {
  requireDatesInRange([
    wantedStartCheck('body.wantedStart', input.wantedStart, now),
    ...d2aChecks('body', input, now),
  ]);
  const { point, postcode, given } = await intakePoint(deps, input.location, now);
  const placed = await deps.zones.placeInside(point, now);
  const override = input.bandOverride;
  if (override && override.band === placed.band) {
    throw new Unprocessable('band-override-unchanged', `The area's band is already ${placed.band}.`);
  }
  const band = override?.band ?? placed.band;
  const today = londonDate(now);
  // The audit rows (package.create, an override's, round.open…) go in one insert at the end.
  return deps.db.transaction((trx) =>
    batchingAudits(trx, async () => {
      const card = await deps.rateCardInForce.on(trx, today);
      if (!card) throw new Unprocessable('no-rate-card', `No rate card is in force on ${today}.`);
      const row = {
        reference: input.reference,
        lon: point.lon,
        lat: point.lat,
        postcode,
        location_given: given,
        area_id: placed.area.id,
        lsoa: placed.area.lsoa,
        district: placed.area.district.code,
        zone_id: placed.zone.id,
        band,
        band_source: placed.bandSource,
        ...(override && overrideColumns(override, { placedBand: placed.band, actor, now })),
        area_layer_id: placed.layer.id,
        rate_card_id: card.id,
        hourly_rate_pence: card.rates[band],
        weekly_minutes: hoursToMinutes(input.weeklyHours),
        visits_per_week: input.visitsPerWeek,
        // The schema refuses an intake without a stream (fundingFits).
        funding_stream: intakeFundingStream(input)!,
        funded_until: input.fundedUntil ?? null,
        review_due: input.reviewDue ?? null,
        urgency: input.urgency,
        wanted_start: input.wantedStart,
        needs_json: JSON.stringify(input.needs),
        status: 'brokering' as const,
        created_at: now,
        created_by: actor.userId,
        updated_at: now,
      };
      // The stored row is what was inserted plus the id and the default version: a new package has
      // nothing else yet, so its 41 columns are not read back.
      const [stored] = await trx('packages').insert(row).returning(['id', 'version']);
      const pkg = toPackage({ ...NOT_YET_SET, ...row, ...(stored as Pick<PackageRow, 'id' | 'version'>) });
      const audit = { entityType: 'package' as const, entityId: pkg.id };
      await recordAudit(trx, actor, now, {
        ...audit,
        action: 'package.create',
        after: auditablePackage(row),
      });
      if (override) {
        // The override's own row, as for a package overridden later, so the history says it alike.
        await recordAudit(trx, actor, now, {
          ...audit,
          action: 'package.band-override',
          after: {
            band,
            placedBand: placed.band,
            reason: override.reason,
            hourlyRatePence: row.hourly_rate_pence,
          },
        });
      }
      const opened = await openFirstEpisode(
        { trx, actor, now, config: deps.config.allocation, zoneFacts: deps.zoneFacts },
        pkg,
      );
      crashPoint(deps.config, 'intake-mid');
      // The row as inserted plus its episode, unless the round changed it further (unplaced).
      return opened ?? getPackage(trx, pkg.id);
    }),
  );
}
