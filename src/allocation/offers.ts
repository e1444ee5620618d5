import { careTypeOf, type BandOverrideReason } from '../packages/model';
import type { Knex } from 'knex';
import type { WhereaboutsOf } from '../zones/whereabouts';
import { providerOfferRows } from './queries/views';

/** An instant as ISO text; null stays null (typed so that a column never null gives a string). */
function iso(ms: number | string): string;
function iso(ms: number | string | null): string | null;
function iso(ms: number | string | null): string | null {
  return ms === null ? null : new Date(Number(ms)).toISOString();
}

/** That an officer set the band, from which and why (the comment stays with the council). */
export function overrideOf(row: {
  placed_band: string | null;
  band_override_reason: BandOverrideReason | null;
}) {
  return row.band_override_reason === null || row.placed_band === null
    ? null
    : { placedBand: row.placed_band, reason: row.band_override_reason };
}

/**
 * A provider's own offers, with what it needs to decide and nothing that identifies the person:
 * zone, roughly where (nearest settlement and postcode district, to judge travel), band, rate, hours,
 * visits, start date, needs and the deadline.
 */
export async function providerOffers(
  deps: { db: Knex; whereabouts: WhereaboutsOf },
  providerId: number,
  filter: { status?: string; limit: number },
) {
  const rows = await providerOfferRows(deps.db, { providerId, ...filter });
  return rows.map((o) => ({
    id: o.id,
    status: o.status,
    rank: o.rank,
    round: o.round_kind,
    sentAt: iso(o.sent_at),
    deadlineAt: iso(o.deadline_at),
    respondedAt: iso(o.responded_at),
    declineReason: o.decline_reason,
    proposedStart: o.proposed_start,
    packageId: o.package_id,
    zone: { id: o.zone_id, name: o.zone_name },
    whereabouts: deps.whereabouts({ lon: o.lon, lat: o.lat, postcode: o.postcode }),
    band: o.band,
    bandOverride: overrideOf(o),
    hourlyRatePence: o.hourly_rate_pence,
    weeklyMinutes: o.weekly_minutes,
    weeklyHours: o.weekly_minutes / 60,
    visitsPerWeek: o.visits_per_week,
    fundingStream: o.funding_stream,
    careType: careTypeOf(o.funding_stream),
    urgency: o.urgency,
    wantedStart: o.wanted_start,
    needs: JSON.parse(o.needs_json),
  }));
}
