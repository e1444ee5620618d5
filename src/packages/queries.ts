import type { Queryable } from '../db/connect';
import { NotFound } from '../errors';
import type { RoundKind } from '../allocation/policy';
import type {
  BandOverride,
  BandOverrideReason,
  CareType,
  Needs,
  PackageRecord,
  PackageStatus,
  Urgency,
} from './model';

export interface PackageRow {
  id: number;
  reference: string | null;
  lon: number | null;
  lat: number | null;
  postcode: string | null;
  location_given: PackageRecord['locationGiven'];
  area_id: string;
  lsoa: string | null;
  district: string | null;
  zone_id: string;
  band: string;
  band_source: string;
  placed_band: string | null;
  band_override_reason: BandOverrideReason | null;
  band_override_comment: string | null;
  band_overridden_by: number | null;
  band_overridden_at: number | null;
  rate_card_id: number;
  hourly_rate_pence: number;
  weekly_minutes: number;
  visits_per_week: number;
  care_type: PackageRecord['careType'];
  urgency: PackageRecord['urgency'];
  wanted_start: string;
  needs_json: string;
  status: PackageRecord['status'];
  provider_id: number | null;
  current_episode_id: number | null;
  created_at: number;
  updated_at: number;
  escalated_at: number | null;
  version: number;
}

function bandOverrideOf(row: PackageRow): BandOverride | null {
  if (row.band_override_reason === null || row.placed_band === null) return null;
  return {
    placedBand: row.placed_band,
    reason: row.band_override_reason,
    comment: row.band_override_comment,
    by: row.band_overridden_by,
    at: Number(row.band_overridden_at),
  };
}

export function toPackage(row: PackageRow): PackageRecord {
  return {
    id: row.id,
    reference: row.reference,
    lon: row.lon,
    lat: row.lat,
    postcode: row.postcode,
    locationGiven: row.location_given,
    areaId: row.area_id,
    lsoa: row.lsoa,
    district: row.district,
    zoneId: row.zone_id,
    band: row.band,
    bandSource: row.band_source,
    bandOverride: bandOverrideOf(row),
    rateCardId: row.rate_card_id,
    hourlyRatePence: row.hourly_rate_pence,
    weeklyMinutes: row.weekly_minutes,
    visitsPerWeek: row.visits_per_week,
    careType: row.care_type,
    urgency: row.urgency,
    wantedStart: row.wanted_start,
    needs: JSON.parse(row.needs_json) as Needs,
    status: row.status,
    providerId: row.provider_id,
    currentEpisodeId: row.current_episode_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    escalatedAt: row.escalated_at === null ? null : Number(row.escalated_at),
    version: row.version,
  };
}

export async function findPackage(db: Queryable, id: number): Promise<PackageRecord | undefined> {
  const row = await db('packages').where({ id }).first();
  return row ? toPackage(row as PackageRow) : undefined;
}

export async function getPackage(db: Queryable, id: number): Promise<PackageRecord> {
  const found = await findPackage(db, id);
  if (!found) throw new NotFound('package-not-found', `No package ${id}.`);
  return found;
}

export interface PackageFilter {
  status?: string;
  zone?: string;
  urgency?: string;
  providerId?: number;
  limit: number;
  offset: number;
}

export async function listPackages(db: Queryable, filter: PackageFilter): Promise<PackageRecord[]> {
  const rows: PackageRow[] = await db('packages')
    .modify((q) => {
      if (filter.status) q.where('status', filter.status);
      if (filter.zone) q.where('zone_id', filter.zone);
      if (filter.urgency) q.where('urgency', filter.urgency);
      if (filter.providerId !== undefined) q.where('provider_id', filter.providerId);
    })
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset);
  return rows.map(toPackage);
}

/**
 * The officers' brokerage queue (domain.md §6 BO8): packages brokering or unplaced, oldest first,
 * with the open round and its deadline.
 */
export interface QueueRow {
  id: number;
  zone_id: string;
  zone_name: string;
  band: string;
  weekly_minutes: number;
  urgency: Urgency;
  care_type: CareType;
  status: PackageStatus;
  created_at: number;
  escalated_at: number | null;
  round_number: number | null;
  round_kind: RoundKind | null;
  deadline_at: number | null;
}

export async function brokerageQueue(
  db: Queryable,
  filter: { zone?: string; urgency?: string },
): Promise<QueueRow[]> {
  return db('packages as p')
    .join('zones as z', 'z.id', 'p.zone_id')
    .leftJoin('brokerage_rounds as r', (join) =>
      join.on('r.episode_id', 'p.current_episode_id').andOnNull('r.closed_at'),
    )
    .whereIn('p.status', ['brokering', 'unplaced'])
    .modify((q) => {
      if (filter.zone) q.where('p.zone_id', filter.zone);
      if (filter.urgency) q.where('p.urgency', filter.urgency);
    })
    .orderBy([{ column: 'p.created_at' }, { column: 'p.id' }])
    .select(
      'p.id',
      'p.zone_id',
      'z.name as zone_name',
      'p.band',
      'p.weekly_minutes',
      'p.urgency',
      'p.care_type',
      'p.status',
      'p.created_at',
      'p.escalated_at',
      'r.number as round_number',
      'r.kind as round_kind',
      'r.deadline_at',
    );
}
