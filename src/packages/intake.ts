import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../calendar/dates';
import { requireDatesInRange, wantedStartCheck } from '../calendar/field-rules';
import { together } from '../db/dialect';
import { Unprocessable } from '../errors';
import { openFirstEpisode } from '../allocation/episodes';
import { hoursToMinutes } from '../pricing/minutes';
import { loadRateCards, storedCardInForce } from '../pricing/queries';
import type { Services } from '../services';
import { crashPoint } from '../test-hooks';
import { getPackage, toPackage, type PackageRow } from './queries';
import type { NewPackageSchema } from './schemas';

export type NewPackage = z.output<typeof NewPackageSchema>;

/** The fields that may go into the audit trail: nothing that could identify the person. */
export function auditablePackage(row: Record<string, unknown>) {
  const { reference: _reference, lon: _lon, lat: _lat, postcode: _postcode, ...rest } = row;
  return rest;
}

/**
 * Intake, one transaction: locate the person (zone and band), freeze the rate in force today, store
 * the package, and open the first brokerage round (docs/specification/roles-and-stories.md §9.2,
 * stories BO1–BO3). Later boundary or rate changes never rewrite a package's zone, band or rate.
 */
export async function intakePackage(
  deps: Pick<Services, 'db' | 'zones' | 'zoneFacts' | 'config'>,
  actor: Actor,
  input: NewPackage,
  now: number,
) {
  requireDatesInRange([wantedStartCheck('body.wantedStart', input.wantedStart, now)]);
  const { lon, lat } = input.location;
  const placed = await deps.zones.placeInside(input.location, now);
  const today = londonDate(now);
  return deps.db.transaction(async (trx) => {
    const card = storedCardInForce(await loadRateCards(trx), today);
    if (!card) throw new Unprocessable('no-rate-card', `No rate card is in force on ${today}.`);
    const row = {
      reference: input.reference,
      lon,
      lat,
      area_id: placed.area.id,
      lsoa: placed.area.lsoa,
      district: placed.area.district.code,
      zone_id: placed.zone.id,
      band: placed.band,
      band_source: placed.bandSource,
      area_layer_id: placed.layer.id,
      rate_card_id: card.id,
      hourly_rate_pence: card.rates[placed.band],
      weekly_minutes: hoursToMinutes(input.weeklyHours),
      visits_per_week: input.visitsPerWeek,
      care_type: input.careType,
      urgency: input.urgency,
      wanted_start: input.wantedStart,
      needs_json: JSON.stringify(input.needs),
      status: 'brokering',
      created_at: now,
      created_by: actor.userId,
      updated_at: now,
    };
    const [inserted] = await trx('packages').insert(row).returning('*');
    const pkg = toPackage(inserted as PackageRow);
    await together(trx, [
      () =>
        recordAudit(trx, actor, now, {
          action: 'package.create',
          entityType: 'package',
          entityId: pkg.id,
          after: auditablePackage(row),
        }),
      () =>
        openFirstEpisode({ trx, actor, now, config: deps.config.allocation, zoneFacts: deps.zoneFacts }, pkg),
    ]);
    crashPoint(deps.config, 'intake-mid');
    return getPackage(trx, pkg.id);
  });
}
