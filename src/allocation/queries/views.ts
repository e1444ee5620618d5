import type { BandOverrideReason } from '../../packages/model';
/** Reads for what people see of brokerage: a package's allocation story and a provider's own offers. */
import type { Knex } from 'knex';
import type { DeclineReason, FundingStream, Urgency } from '../../packages/model';
import type { OfferStatus } from '../award';
import type { RoundKind } from '../policy';
import type { RoundRow } from './rounds';

export interface EpisodeRecord {
  id: number;
  number: number;
  opened_because: string;
  opened_at: number;
  outcome: string | null;
  unplaced_at: number | null;
  awarded_provider_id: number | null;
  awarded_at: number | null;
  care_started_on: string | null;
  handed_back_at: number | null;
  hand_back_reason: string | null;
  hand_back_notice_date: string | null;
}

/** A round as stored, with its decision (the explanation). */
export interface RoundRecord extends RoundRow {
  decision_json: string;
}

export interface OfferRecord {
  id: number;
  round_id: number;
  provider_id: number;
  provider_name: string;
  rank: number;
  status: OfferStatus;
  sent_at: number;
  responded_at: number | null;
  decline_reason: string | null;
  proposed_start: string | null;
}

/** Every episode, round and offer of a package, as stored, in order. */
export async function packageBrokerage(db: Knex, packageId: number) {
  const episodes: EpisodeRecord[] = await db('brokerage_episodes')
    .where({ package_id: packageId })
    .orderBy('number');
  const rounds: RoundRecord[] = await db('brokerage_rounds')
    .where({ package_id: packageId })
    .orderBy(['episode_id', 'number']);
  const offers: OfferRecord[] = await db('offers as o')
    .join('providers as p', 'p.id', 'o.provider_id')
    .where('o.package_id', packageId)
    .orderBy(['o.round_id', 'o.rank'])
    .select('o.*', 'p.name as provider_name');
  return { episodes, rounds, offers };
}

/** An offer as its provider sees it: the package's terms, nothing that identifies the person. */
export interface ProviderOfferRow {
  id: number;
  status: OfferStatus;
  rank: number;
  sent_at: number;
  deadline_at: number;
  responded_at: number | null;
  decline_reason: DeclineReason | null;
  proposed_start: string | null;
  package_id: number;
  round_kind: RoundKind;
  zone_id: string;
  zone_name: string;
  band: string;
  placed_band: string | null;
  band_override_reason: BandOverrideReason | null;
  hourly_rate_pence: number;
  weekly_minutes: number;
  visits_per_week: number;
  funding_stream: FundingStream;
  /** Read only to say roughly where (src/zones/whereabouts.ts): never sent to the provider. */
  lon: number | null;
  lat: number | null;
  postcode: string | null;
  urgency: Urgency;
  wanted_start: string;
  needs_json: string;
}

export async function providerOfferRows(
  db: Knex,
  filter: { providerId: number; status?: string; limit: number },
): Promise<ProviderOfferRow[]> {
  return db('offers as o')
    .join('packages as p', 'p.id', 'o.package_id')
    .join('zones as z', 'z.id', 'o.zone_id')
    .join('brokerage_rounds as r', 'r.id', 'o.round_id')
    .where('o.provider_id', filter.providerId)
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
      'p.placed_band',
      'p.band_override_reason',
      'p.hourly_rate_pence',
      'p.weekly_minutes',
      'p.visits_per_week',
      'p.funding_stream',
      'p.lon',
      'p.lat',
      'p.postcode',
      'p.urgency',
      'p.wanted_start',
      'p.needs_json',
    );
}

/** A package's band and, when an officer overrode it, the area's band and the reason. */
export async function packageBandRow(
  db: Knex,
  packageId: number,
): Promise<
  { band: string; placed_band: string | null; band_override_reason: BandOverrideReason | null } | undefined
> {
  return db('packages').where({ id: packageId }).first('band', 'placed_band', 'band_override_reason');
}
