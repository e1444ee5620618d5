import type { Knex } from 'knex';

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/**
 * A provider's own offers, with what it needs to decide and nothing that identifies the person:
 * zone, band, rate, hours, visits, start date, needs and the deadline.
 */
interface OfferRow {
  id: number;
  status: string;
  rank: number;
  sent_at: number;
  deadline_at: number;
  responded_at: number | null;
  decline_reason: string | null;
  proposed_start: string | null;
  package_id: number;
  round_kind: string;
  zone_id: string;
  zone_name: string;
  band: string;
  hourly_rate_pence: number;
  weekly_minutes: number;
  visits_per_week: number;
  care_type: string;
  urgency: string;
  wanted_start: string;
  needs_json: string;
}

export async function providerOffers(
  db: Knex,
  providerId: number,
  filter: { status?: string; limit: number },
) {
  const rows: OfferRow[] = await db('offers as o')
    .join('packages as p', 'p.id', 'o.package_id')
    .join('zones as z', 'z.id', 'o.zone_id')
    .join('brokerage_rounds as r', 'r.id', 'o.round_id')
    .where('o.provider_id', providerId)
    .modify((q) => {
      if (filter.status) q.where('o.status', filter.status);
    })
    .orderBy('o.id', 'desc')
    .limit(filter.limit)
    .select(
      'o.id',
      'o.status',
      'o.rank',
      'o.sent_at',
      'o.deadline_at',
      'o.responded_at',
      'o.decline_reason',
      'o.proposed_start',
      'o.package_id',
      'r.kind as round_kind',
      'z.id as zone_id',
      'z.name as zone_name',
      'p.band',
      'p.hourly_rate_pence',
      'p.weekly_minutes',
      'p.visits_per_week',
      'p.care_type',
      'p.urgency',
      'p.wanted_start',
      'p.needs_json',
    );
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
    band: o.band,
    hourlyRatePence: o.hourly_rate_pence,
    weeklyMinutes: o.weekly_minutes,
    weeklyHours: o.weekly_minutes / 60,
    visitsPerWeek: o.visits_per_week,
    careType: o.care_type,
    urgency: o.urgency,
    wantedStart: o.wanted_start,
    needs: JSON.parse(o.needs_json),
  }));
}
