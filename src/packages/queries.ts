import type { Knex } from 'knex';
import { addDays, londonMidnight } from '../calendar/dates';
import type { Queryable } from '../db/connect';
import { NotFound } from '../errors';
import {
  careTypeOf,
  type BandOverride,
  type BandOverrideReason,
  type D2aReview,
  type FundingStream,
  type Needs,
  type PackageRecord,
  type ReviewOutcome,
} from './model';
import type { PackageListFilter } from './schemas';

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
  funding_stream: FundingStream;
  funded_until: string | null;
  review_due: string | null;
  review_outcome: ReviewOutcome | null;
  reviewed_at: number | string | null;
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

function d2aOf(row: PackageRow): D2aReview | null {
  if (row.funded_until === null || row.review_due === null) return null;
  return {
    fundedUntil: row.funded_until,
    reviewDue: row.review_due,
    outcome: row.review_outcome,
    reviewedAt: row.reviewed_at === null ? null : Number(row.reviewed_at),
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
    fundingStream: row.funding_stream,
    careType: careTypeOf(row.funding_stream),
    d2a: d2aOf(row),
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

/** Several packages in one read, by id (those that exist). */
export async function packagesById(
  db: Queryable,
  ids: readonly number[],
): Promise<Map<number, PackageRecord>> {
  const rows: PackageRow[] = ids.length === 0 ? [] : await db('packages').whereIn('id', [...new Set(ids)]);
  return new Map(rows.map((row) => [Number(row.id), toPackage(row)]));
}

export async function getPackage(db: Queryable, id: number): Promise<PackageRecord> {
  const found = await findPackage(db, id);
  if (!found) throw new NotFound('package-not-found', `No package ${id}.`);
  return found;
}

/** `GET /packages` and the search page's filters; `providerId` scopes a provider to its own. */
export type PackageFilter = Omit<PackageListFilter, 'provider'> & { providerId?: number };

function whereFilter(q: Knex.QueryBuilder, filter: PackageFilter): void {
  if (filter.reference) q.where('reference', filter.reference);
  // References are letters, digits and dashes (schemas.ts), so the prefix holds no LIKE wildcard.
  if (filter.referencePrefix)
    q.whereRaw('lower(reference) like ?', [`${filter.referencePrefix.toLowerCase()}%`]);
  if (filter.status) q.where('status', filter.status);
  if (filter.zone) q.where('zone_id', filter.zone);
  if (filter.band) q.where('band', filter.band);
  if (filter.urgency) q.where('urgency', filter.urgency);
  if (filter.fundingStream) q.where('funding_stream', filter.fundingStream);
  if (filter.providerId !== undefined) q.where('provider_id', filter.providerId);
  if (filter.intakeFrom) q.where('created_at', '>=', londonMidnight(filter.intakeFrom));
  if (filter.intakeTo) q.where('created_at', '<', londonMidnight(addDays(filter.intakeTo, 1)));
}

/** One page of the packages that match, newest first, and how many match in all. */
export async function listPackages(
  db: Queryable,
  filter: PackageFilter,
): Promise<{ packages: PackageRecord[]; total: number }> {
  const [rows, counted] = await Promise.all([
    db('packages')
      .modify(whereFilter, filter)
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset) as Promise<PackageRow[]>,
    db('packages').modify(whereFilter, filter).count({ n: '*' }).first() as Promise<{ n: number | string }>,
  ]);
  return { packages: rows.map(toPackage), total: Number(counted.n) };
}
