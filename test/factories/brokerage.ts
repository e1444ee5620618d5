import { noNeeds, type Needs } from '../../src/packages/model';
/**
 * Packages and their brokerage: episodes, rounds, offers. Rows as the engine records them, with
 * chosen values, for tests of what reads them (reports, explanations, capacity). Nothing here goes
 * through the engine. The zone and a rate card must exist.
 */
import type { OfferStatus } from '../../src/allocation/award';
import type { Queryable } from '../../src/db/connect';
import type { PackageStatus } from '../../src/packages/model';
import { insertId } from './rows';

let sequence = 0;

export interface PackageOverrides {
  needs?: Partial<Needs>;
  zoneId?: string;
  band?: string;
  bandSource?: string;
  reference?: string;
  /** Default: the earliest rate card in the database. */
  rateCardId?: number;
  hourlyRatePence?: number;
  weeklyMinutes?: number;
  visitsPerWeek?: number;
  careType?: 'core' | 'chc';
  fundingStream?: 'council' | 'chc' | 'd2a' | 'joint';
  urgency?: 'standard' | 'hospital-discharge' | 'urgent';
  wantedStart?: string;
  status?: PackageStatus;
  providerId?: number | null;
  createdAt?: number;
  updatedAt?: number;
  /** Set only when given (the column came with a later migration). */
  closedAt?: number | null;
}

/** Inserts a package (10 hours a week in Charnwood North, brokering, by default) and returns its id. */
export async function buildPackage(db: Queryable, overrides: PackageOverrides = {}): Promise<number> {
  sequence += 1;
  const createdAt = overrides.createdAt ?? Date.parse('2026-01-05T09:00:00Z');
  const rateCardId =
    overrides.rateCardId ?? Number((await db('rate_cards').orderBy('applies_from').first('id')).id);
  return insertId(db, 'packages', {
    reference: overrides.reference ?? `SU-FACTORY-${sequence}`,
    area_id: 'E00000000',
    zone_id: overrides.zoneId ?? 'charnwood-north',
    band: overrides.band ?? 'urban',
    band_source: overrides.bandSource ?? 'factory',
    rate_card_id: rateCardId,
    hourly_rate_pence: overrides.hourlyRatePence ?? 1875,
    weekly_minutes: overrides.weeklyMinutes ?? 600,
    visits_per_week: overrides.visitsPerWeek ?? 7,
    funding_stream: overrides.fundingStream ?? (overrides.careType === 'chc' ? 'chc' : 'council'),
    urgency: overrides.urgency ?? 'standard',
    wanted_start: overrides.wantedStart ?? new Date(createdAt + 2 * 86_400_000).toISOString().slice(0, 10),
    needs_json: JSON.stringify({ ...noNeeds(), ...overrides.needs }),
    status: overrides.status ?? 'brokering',
    provider_id: overrides.providerId ?? null,
    created_at: createdAt,
    updated_at: overrides.updatedAt ?? createdAt,
    ...(overrides.closedAt !== undefined ? { closed_at: overrides.closedAt } : {}),
  });
}

export interface EpisodeOverrides {
  /** Default: the package's next episode number. */
  number?: number;
  openedBecause?: 'intake' | 'hand-back';
  openedAt?: number;
  closedAt?: number | null;
  outcome?: 'awarded' | 'cancelled' | null;
  awardedProviderId?: number | null;
  awardedAt?: number | null;
  awardRoundKind?: string | null;
  agreedStart?: string | null;
  careStartedOn?: string | null;
  careStartedAt?: number | null;
  handedBackAt?: number | null;
  handBackReason?: string | null;
  handBackNoticeDate?: string | null;
  unplacedAt?: number | null;
}

/** Inserts an episode of a package and points the package at it; returns its id. */
export async function buildEpisode(
  db: Queryable,
  packageId: number,
  overrides: EpisodeOverrides = {},
): Promise<number> {
  const number =
    overrides.number ??
    Number(
      (await db('brokerage_episodes').where({ package_id: packageId }).max({ n: 'number' }).first())?.n ?? 0,
    ) + 1;
  const id = await insertId(db, 'brokerage_episodes', {
    package_id: packageId,
    number,
    opened_because: overrides.openedBecause ?? (number === 1 ? 'intake' : 'hand-back'),
    opened_at: overrides.openedAt ?? Date.parse('2026-01-05T09:00:00Z'),
    closed_at: overrides.closedAt ?? null,
    outcome: overrides.outcome ?? null,
    awarded_provider_id: overrides.awardedProviderId ?? null,
    awarded_at: overrides.awardedAt ?? null,
    award_round_kind: overrides.awardRoundKind ?? null,
    agreed_start: overrides.agreedStart ?? null,
    care_started_on: overrides.careStartedOn ?? null,
    care_started_at: overrides.careStartedAt ?? null,
    handed_back_at: overrides.handedBackAt ?? null,
    hand_back_reason: overrides.handBackReason ?? null,
    hand_back_notice_date: overrides.handBackNoticeDate ?? null,
    unplaced_at: overrides.unplacedAt ?? null,
  });
  await db('packages').where({ id: packageId }).update({ current_episode_id: id });
  return id;
}

export interface RoundOverrides {
  number?: number;
  kind?: string;
  openedAt?: number;
  /** Default: a day after it opened. */
  deadlineAt?: number;
  closedAt?: number | null;
  outcome?: string | null;
  /** The stored decision (the explanation); default: nobody eligible or excluded. */
  decision?: object;
}

/** Inserts a round of an episode; returns its id. */
export async function buildRound(
  db: Queryable,
  episode: { episodeId: number; packageId: number },
  overrides: RoundOverrides = {},
): Promise<number> {
  const kind = overrides.kind ?? 'primes';
  const openedAt = overrides.openedAt ?? Date.parse('2026-01-05T09:00:00Z');
  return insertId(db, 'brokerage_rounds', {
    episode_id: episode.episodeId,
    package_id: episode.packageId,
    number: overrides.number ?? 1,
    kind,
    opened_at: openedAt,
    deadline_at: overrides.deadlineAt ?? openedAt + 86_400_000,
    closed_at: overrides.closedAt ?? null,
    outcome: overrides.outcome ?? null,
    decision_json: JSON.stringify(overrides.decision ?? { kind, eligible: [], excluded: [], tieBreak: '' }),
  });
}

export interface NewOffer {
  roundId: number;
  episodeId: number;
  packageId: number;
  providerId: number;
  zoneId?: string;
  band?: string;
  rank?: number;
  score?: number;
  sentAt?: number;
  /** Default: a day after it was sent. */
  deadlineAt?: number;
  status?: OfferStatus;
  respondedAt?: number | null;
  declineReason?: string | null;
  proposedStart?: string | null;
}

function offerRow(spec: NewOffer) {
  const sentAt = spec.sentAt ?? Date.parse('2026-01-05T09:00:00Z');
  return {
    round_id: spec.roundId,
    episode_id: spec.episodeId,
    package_id: spec.packageId,
    provider_id: spec.providerId,
    zone_id: spec.zoneId ?? 'charnwood-north',
    band: spec.band ?? 'urban',
    rank: spec.rank ?? 1,
    score: spec.score ?? 70,
    sent_at: sentAt,
    deadline_at: spec.deadlineAt ?? sentAt + 86_400_000,
    status: spec.status ?? 'pending',
    responded_at: spec.respondedAt ?? null,
    decline_reason: spec.declineReason ?? null,
    proposed_start: spec.proposedStart ?? null,
  };
}

/** Inserts an offer; returns its id. */
export async function buildOffer(db: Queryable, spec: NewOffer): Promise<number> {
  return insertId(db, 'offers', offerRow(spec));
}

/** Inserts many offers, fifty to a statement; returns their ids in order. */
export async function buildOffers(db: Queryable, specs: readonly NewOffer[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < specs.length; i += 50) {
    const inserted = await db('offers')
      .insert(specs.slice(i, i + 50).map(offerRow))
      .returning('id');
    ids.push(...inserted.map((r) => (r as { id: number }).id));
  }
  return ids;
}

/**
 * A package in care whose wanted, agreed and started dates were stored as year 0023, as rows
 * written before the date rules could be (src/calendar/unplaced.ts); awarded and started on
 * 5 January 2026.
 */
export async function buildYear23Start(
  db: Queryable,
  providerId: number,
): Promise<{ packageId: number; episodeId: number }> {
  const packageId = await buildPackage(db, { wantedStart: '0023-01-12', status: 'active', providerId });
  const episodeId = await buildEpisode(db, packageId, {
    outcome: 'awarded',
    awardedProviderId: providerId,
    awardedAt: Date.parse('2026-01-05T10:00:00Z'),
    agreedStart: '0023-01-12',
    careStartedOn: '0023-01-12',
    careStartedAt: Date.parse('2026-01-05T11:00:00Z'),
    closedAt: Date.parse('2026-01-05T10:00:00Z'),
  });
  return { packageId, episodeId };
}
