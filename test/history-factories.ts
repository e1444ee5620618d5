/**
 * Event-history factories: insert providers, packages, brokerage episodes, rounds and offers
 * directly, with chosen timestamps, so that a test (or the benchmark) can build months or a year
 * of history in a moment. Nothing here goes through the engine: what is inserted is what the
 * engine would have recorded.
 */
import type { Knex } from 'knex';
import { londonMidnight } from '../src/performance/kpis/period';
import { ZONE_CATALOGUE } from '../src/zones/catalogue';

type Queryable = Knex | Knex.Transaction;

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

let sequence = 0;

/** The 14 zones and one rate card in force since 2020, each only when missing. */
export async function ensureReference(db: Queryable): Promise<void> {
  const have = new Set((await db('zones').select('id')).map((z) => String(z.id)));
  const missing = ZONE_CATALOGUE.filter((z) => !have.has(z.id));
  if (missing.length > 0) {
    await db('zones').insert(
      missing.map((z) => ({
        id: z.id,
        name: z.name,
        aliases_json: JSON.stringify(z.aliases),
        size_class: z.sizeClass,
        main_settlements_json: JSON.stringify(z.mainSettlements),
        planned_weekly_hours: z.plannedWeeklyHours,
        has_primes: z.hasPrimes,
        min_primes: z.minPrimes,
        min_providers: z.minProviders,
        districts_json: '[]',
        neighbours_json: '[]',
      })),
    );
  }
  if (!(await db('rate_cards').where('applies_from', '<=', '2020-01-01').first('id'))) {
    const [card] = await db('rate_cards')
      .insert({
        applies_from: '2020-01-01',
        label: 'history factories',
        created_at: Date.parse('2020-01-01T00:00:00Z'),
      })
      .returning('id');
    const id = (card as { id: number }).id;
    const rates = { urban: 1875, fringe: 1925, rural: 2050, isolated: 2150 };
    await db('rate_card_rates').insert(
      Object.entries(rates).map(([band, pence]) => ({ rate_card_id: id, band, hourly_rate_pence: pence })),
    );
  }
}

export interface HistoryProviderOptions {
  tenderScore?: number;
  status?: string;
  cqcOverall?: string;
  chcApproved?: boolean;
  roles?: { zoneId: string; role: 'prime' | 'supplementary' }[];
  /** Weekly minutes declared in each role's zone (default 6,000), so that it can be offered work. */
  capacityMinutes?: number;
  since?: number;
}

/** A provider with roles (and declared capacity) in zones; returns its id. */
export async function historyProvider(db: Queryable, options: HistoryProviderOptions = {}): Promise<number> {
  sequence += 1;
  const since = options.since ?? Date.parse('2021-11-01T00:00:00Z');
  const tag = `${sequence}-${Math.random().toString(36).slice(2, 8)}`;
  const [row] = await db('providers')
    .insert({
      name: `History Provider ${tag}`,
      cqc_location_id: `HIST-${tag}`,
      cqc_overall: options.cqcOverall ?? 'good',
      cqc_safe: options.cqcOverall ?? 'good',
      cqc_well_led: options.cqcOverall ?? 'good',
      chc_approved: options.chcApproved ?? false,
      status: options.status ?? 'active',
      tender_score: options.tenderScore ?? 70,
      admitted_on: '2021-11-01',
      created_at: since,
      updated_at: since,
    })
    .returning('id');
  const id = (row as { id: number }).id;
  for (const role of options.roles ?? []) {
    await db('provider_zone_roles').insert({ provider_id: id, zone_id: role.zoneId, role: role.role, since });
    await db('capacity_declarations').insert({
      provider_id: id,
      zone_id: role.zoneId,
      weekly_minutes: options.capacityMinutes ?? 6_000,
      declared_at: since,
    });
  }
  return id;
}

/**
 * accept: answered yes (won if it gets the award, else lost); decline: answered no;
 * none: left to expire; cut-short: unanswered when another provider won before the deadline.
 */
export interface OfferSpec {
  providerId: number;
  answer: 'accept' | 'decline' | 'none' | 'cut-short';
  /** Minutes from the offer to the answer (default 30). */
  afterMinutes?: number;
  reason?: string;
}

export interface RoundSpec {
  kind?: string;
  /** Default: the episode's opening, or the previous round's deadline. */
  openedAt?: number;
  /** Default: 120 minutes for urgent and hospital-discharge packages, 1,440 for standard. */
  windowMinutes?: number;
  offers: OfferSpec[];
}

export interface AwardSpec {
  providerId: number;
  /** Default: the winner's answer, or its round's deadline. */
  at?: number;
  /** Default: the package's wanted start. */
  agreedStart?: string;
  /** The date care started (null: not started). */
  startedOn?: string | null;
  /** When the start was confirmed (default 18:00 on startedOn). */
  startConfirmedAt?: number;
  handBack?: { at: number; reason: string; noticeDate?: string };
}

export interface EpisodeSpec {
  openedAt: number;
  openedBecause?: 'intake' | 'hand-back';
  rounds: RoundSpec[];
  award?: AwardSpec;
}

export interface PackageSpec {
  zoneId: string;
  band?: string;
  urgency?: 'standard' | 'hospital-discharge' | 'urgent';
  weeklyMinutes?: number;
  wantedStart?: string;
  /** Default: derived from the last episode. */
  status?: string;
  /** When an ended or cancelled package closed (default: its last update, as the closed_at migration backfills). */
  closedAt?: number;
  careType?: 'core' | 'chc';
  /** Rate frozen at intake (default 1,875p, the factories' urban rate). */
  hourlyRatePence?: number;
  episodes: EpisodeSpec[];
}

export interface InsertedHistory {
  packageId: number;
  episodeIds: number[];
  roundIds: number[];
  offerIds: number[];
}

const EMPTY_DECISION = JSON.stringify({ kind: 'primes', eligible: [], excluded: [], tieBreak: '' });

async function insertId(db: Queryable, table: string, row: Record<string, unknown>): Promise<number> {
  const [inserted] = await db(table).insert(row).returning('id');
  return (inserted as { id: number }).id;
}

let rateCardId: { db: Queryable; id: number } | null = null;

async function rateCard(db: Queryable): Promise<number> {
  if (rateCardId?.db === db) return rateCardId.id;
  const card = await db('rate_cards').orderBy('applies_from').first('id');
  rateCardId = { db, id: Number(card.id) };
  return rateCardId.id;
}

/** One package with its episodes, rounds and offers, as the engine would have recorded them. */
export async function insertPackageHistory(db: Queryable, spec: PackageSpec): Promise<InsertedHistory> {
  const urgency = spec.urgency ?? 'standard';
  const first = spec.episodes[0]!;
  const wantedStart = spec.wantedStart ?? new Date(first.openedAt + 2 * DAY).toISOString().slice(0, 10);
  const last = spec.episodes[spec.episodes.length - 1]!;
  const holder = last.award && !last.award.handBack ? last.award : undefined;
  const status =
    spec.status ??
    (holder ? (holder.startedOn ? 'active' : 'awarded') : last.award?.handBack ? 'brokering' : 'unplaced');
  const packageId = await insertId(db, 'packages', {
    reference: `HIST-${(sequence += 1)}`,
    area_id: 'E00000000',
    zone_id: spec.zoneId,
    band: spec.band ?? 'urban',
    band_source: 'history-factory',
    rate_card_id: await rateCard(db),
    hourly_rate_pence: spec.hourlyRatePence ?? 1875,
    weekly_minutes: spec.weeklyMinutes ?? 600,
    visits_per_week: 7,
    care_type: spec.careType ?? 'core',
    urgency,
    wanted_start: wantedStart,
    needs_json: '{"flags":[],"language":null}',
    status,
    provider_id: holder ? holder.providerId : null,
    created_at: first.openedAt,
    updated_at: first.openedAt,
    closed_at: status === 'ended' || status === 'cancelled' ? (spec.closedAt ?? first.openedAt) : null,
  });
  const out: InsertedHistory = { packageId, episodeIds: [], roundIds: [], offerIds: [] };
  for (const [index, episode] of spec.episodes.entries()) {
    const pkg = { zone_id: spec.zoneId, band: spec.band ?? 'urban' };
    const ids = await insertEpisode(db, { packageId, pkg, urgency, wantedStart }, index + 1, episode);
    out.episodeIds.push(ids.episodeId);
    out.roundIds.push(...ids.roundIds);
    out.offerIds.push(...ids.offerIds);
  }
  await db('packages')
    .where({ id: packageId })
    .update({ current_episode_id: out.episodeIds[out.episodeIds.length - 1] });
  return out;
}

async function insertEpisode(
  db: Queryable,
  context: {
    packageId: number;
    pkg: { zone_id: string; band: string };
    urgency: string;
    wantedStart: string;
  },
  number: number,
  spec: EpisodeSpec,
) {
  const { packageId, pkg, urgency, wantedStart } = context;
  const defaultWindow = urgency === 'standard' ? 1_440 : 120;
  const award = spec.award;
  // Work out every round's times first: the award time defaults to the winner's answer.
  let opened = spec.openedAt;
  const rounds = spec.rounds.map((r) => {
    const openedAt = r.openedAt ?? opened;
    const deadline = openedAt + (r.windowMinutes ?? defaultWindow) * MINUTE;
    opened = deadline;
    return { ...r, openedAt, deadline };
  });
  const awardRound = award
    ? rounds.findIndex((r) =>
        r.offers.some((o) => o.providerId === award.providerId && o.answer === 'accept'),
      )
    : -1;
  const winner =
    awardRound >= 0 ? rounds[awardRound]!.offers.find((o) => o.providerId === award!.providerId)! : undefined;
  const awardedAt =
    award && awardRound >= 0
      ? (award.at ?? rounds[awardRound]!.openedAt + (winner!.afterMinutes ?? 30) * MINUTE)
      : undefined;
  const startedOn = award?.startedOn ?? null;
  const episodeId = await insertId(db, 'brokerage_episodes', {
    package_id: packageId,
    number,
    opened_because: spec.openedBecause ?? (number === 1 ? 'intake' : 'hand-back'),
    opened_at: spec.openedAt,
    closed_at: awardedAt ?? (rounds.length > 0 ? rounds[rounds.length - 1]!.deadline : null),
    outcome: awardedAt !== undefined ? 'awarded' : null,
    awarded_provider_id: awardedAt !== undefined ? award!.providerId : null,
    awarded_at: awardedAt ?? null,
    award_round_kind: awardedAt !== undefined ? (rounds[awardRound]!.kind ?? 'primes') : null,
    agreed_start: awardedAt !== undefined ? (award!.agreedStart ?? wantedStart) : null,
    care_started_on: startedOn,
    care_started_at: startedOn ? (award!.startConfirmedAt ?? londonMidnight(startedOn) + 18 * HOUR) : null,
    handed_back_at: award?.handBack?.at ?? null,
    hand_back_reason: award?.handBack?.reason ?? null,
    hand_back_notice_date: award?.handBack
      ? (award.handBack.noticeDate ?? new Date(award.handBack.at).toISOString().slice(0, 10))
      : null,
    unplaced_at: awardedAt === undefined && rounds.length > 0 ? rounds[rounds.length - 1]!.deadline : null,
  });
  const roundIds: number[] = [];
  const offerIds: number[] = [];
  for (const [index, round] of rounds.entries()) {
    const awardedHere = index === awardRound;
    const roundId = await insertId(db, 'brokerage_rounds', {
      episode_id: episodeId,
      package_id: packageId,
      number: index + 1,
      kind: round.kind ?? (index === 0 ? 'primes' : 'supplementaries'),
      opened_at: round.openedAt,
      deadline_at: round.deadline,
      closed_at: awardedHere ? awardedAt : round.deadline,
      outcome: awardedHere ? 'awarded' : 'no-acceptance',
      decision_json: EMPTY_DECISION,
    });
    roundIds.push(roundId);
    const rows = round.offers.map((o, rank) =>
      offerRow(o, rank + 1, round, { roundId, episodeId, packageId, pkg, award }),
    );
    for (let i = 0; i < rows.length; i += 50) {
      const inserted = await db('offers')
        .insert(rows.slice(i, i + 50))
        .returning('id');
      offerIds.push(...inserted.map((r) => (r as { id: number }).id));
    }
  }
  return { episodeId, roundIds, offerIds };
}

function offerRow(
  o: OfferSpec,
  rank: number,
  round: { openedAt: number; deadline: number },
  ids: {
    roundId: number;
    episodeId: number;
    packageId: number;
    pkg: { zone_id: string; band: string };
    award?: AwardSpec;
  },
) {
  const answered = o.answer === 'accept' || o.answer === 'decline';
  const status =
    o.answer === 'decline'
      ? 'declined'
      : o.answer === 'accept'
        ? ids.award?.providerId === o.providerId
          ? 'won'
          : 'lost'
        : o.answer === 'none'
          ? 'expired'
          : 'lost';
  return {
    round_id: ids.roundId,
    episode_id: ids.episodeId,
    package_id: ids.packageId,
    provider_id: o.providerId,
    zone_id: ids.pkg.zone_id,
    band: ids.pkg.band,
    rank,
    score: 70,
    sent_at: round.openedAt,
    deadline_at: round.deadline,
    status,
    responded_at: answered ? round.openedAt + (o.afterMinutes ?? 30) * MINUTE : null,
    decline_reason: o.answer === 'decline' ? (o.reason ?? 'no-capacity') : null,
  };
}

/** Dated quality evidence, recorded the day it happened (or at `recordedAt`). */
export async function insertEvidence(
  db: Queryable,
  providerId: number,
  evidence: {
    kind: 'monitoring-visit' | 'upheld-complaint' | 'safeguarding-concern' | 'cqc-rating';
    occurredOn: string;
    score?: number;
    rag?: string;
    rating?: string;
    recordedAt?: number;
  },
): Promise<number> {
  return insertId(db, 'quality_evidence', {
    provider_id: providerId,
    kind: evidence.kind,
    occurred_on: evidence.occurredOn,
    visit_score: evidence.score ?? null,
    visit_rag: evidence.rag ?? null,
    cqc_rating: evidence.rating ?? null,
    recorded_at: evidence.recordedAt ?? londonMidnight(evidence.occurredOn) + 12 * HOUR,
  });
}
