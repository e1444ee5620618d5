/**
 * Event-history factories: whole packages with their brokerage episodes, rounds and offers, and
 * providers with roles and capacity, described by what happened and when, so that a test (or the
 * benchmark) can build months or a year of history in a moment. They put the rows together with
 * the factories of brokerage.ts and providers.ts. Nothing here goes through the engine: what is inserted is
 * what the engine would have recorded.
 */
import { londonMidnight } from '../../src/calendar/dates';
import type { Queryable } from '../../src/db/connect';
import type { PackageStatus } from '../../src/packages/model';
import { buildEpisode, buildOffers, buildPackage, buildRound, type NewOffer } from './brokerage';
import { assignRole, buildProvider, declareCapacity } from './providers';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

let sequence = 0;

export interface HistoryProviderOptions {
  name?: string;
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
  const id = await buildProvider(db, {
    name: options.name ?? `History Provider ${sequence}-${Math.random().toString(36).slice(2, 8)}`,
    cqcOverall: options.cqcOverall,
    chcApproved: options.chcApproved,
    status: options.status,
    tenderScore: options.tenderScore,
    createdAt: since,
  });
  for (const role of options.roles ?? []) {
    await assignRole(db, { providerId: id, zoneId: role.zoneId, role: role.role, since });
    await declareCapacity(db, {
      providerId: id,
      zoneId: role.zoneId,
      weeklyMinutes: options.capacityMinutes ?? 6_000,
      at: since,
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
  const band = spec.band ?? 'urban';
  const packageId = await buildPackage(db, {
    reference: `HIST-${(sequence += 1)}`,
    zoneId: spec.zoneId,
    band,
    bandSource: 'history-factory',
    hourlyRatePence: spec.hourlyRatePence ?? 1875,
    weeklyMinutes: spec.weeklyMinutes ?? 600,
    careType: spec.careType ?? 'core',
    urgency,
    wantedStart,
    status: status as PackageStatus,
    providerId: holder ? holder.providerId : null,
    createdAt: first.openedAt,
    closedAt: status === 'ended' || status === 'cancelled' ? (spec.closedAt ?? first.openedAt) : null,
  });
  const out: InsertedHistory = { packageId, episodeIds: [], roundIds: [], offerIds: [] };
  for (const [index, episode] of spec.episodes.entries()) {
    const context = { packageId, zoneId: spec.zoneId, band, urgency, wantedStart };
    const ids = await insertEpisode(db, context, index + 1, episode);
    out.episodeIds.push(ids.episodeId);
    out.roundIds.push(...ids.roundIds);
    out.offerIds.push(...ids.offerIds);
  }
  return out;
}

interface EpisodeContext {
  packageId: number;
  zoneId: string;
  band: string;
  urgency: string;
  wantedStart: string;
}

/** Every round's times: the award time defaults to the winner's answer, so they are worked out first. */
function roundTimes(spec: EpisodeSpec, urgency: string) {
  const defaultWindow = urgency === 'standard' ? 1_440 : 120;
  let opened = spec.openedAt;
  return spec.rounds.map((r) => {
    const openedAt = r.openedAt ?? opened;
    const deadline = openedAt + (r.windowMinutes ?? defaultWindow) * MINUTE;
    opened = deadline;
    return { ...r, openedAt, deadline };
  });
}

async function insertEpisode(db: Queryable, context: EpisodeContext, number: number, spec: EpisodeSpec) {
  const { packageId, wantedStart } = context;
  const award = spec.award;
  const rounds = roundTimes(spec, context.urgency);
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
  const awarded = awardedAt !== undefined;
  const startedOn = award?.startedOn ?? null;
  const lastDeadline = rounds.length > 0 ? rounds[rounds.length - 1]!.deadline : null;
  const episodeId = await buildEpisode(db, packageId, {
    number,
    openedBecause: spec.openedBecause,
    openedAt: spec.openedAt,
    closedAt: awardedAt ?? lastDeadline,
    outcome: awarded ? 'awarded' : null,
    awardedProviderId: awarded ? award!.providerId : null,
    awardedAt: awardedAt ?? null,
    awardRoundKind: awarded ? (rounds[awardRound]!.kind ?? 'primes') : null,
    agreedStart: awarded ? (award!.agreedStart ?? wantedStart) : null,
    careStartedOn: startedOn,
    careStartedAt: startedOn ? (award!.startConfirmedAt ?? londonMidnight(startedOn) + 18 * HOUR) : null,
    handedBackAt: award?.handBack?.at ?? null,
    handBackReason: award?.handBack?.reason ?? null,
    handBackNoticeDate: award?.handBack
      ? (award.handBack.noticeDate ?? new Date(award.handBack.at).toISOString().slice(0, 10))
      : null,
    unplacedAt: awarded ? null : lastDeadline,
  });
  const roundIds: number[] = [];
  const offerIds: number[] = [];
  for (const [index, round] of rounds.entries()) {
    const awardedHere = index === awardRound;
    const kind = round.kind ?? (index === 0 ? 'primes' : 'supplementaries');
    const roundId = await buildRound(
      db,
      { episodeId, packageId },
      {
        number: index + 1,
        kind,
        openedAt: round.openedAt,
        deadlineAt: round.deadline,
        closedAt: awardedHere ? awardedAt : round.deadline,
        outcome: awardedHere ? 'awarded' : 'no-acceptance',
        decision: { kind: 'primes', eligible: [], excluded: [], tieBreak: '' },
      },
    );
    roundIds.push(roundId);
    const offers = round.offers.map((o, rank) =>
      offerSpec(o, { roundId, episodeId, context, rank: rank + 1, round, award }),
    );
    offerIds.push(...(await buildOffers(db, offers)));
  }
  return { episodeId, roundIds, offerIds };
}

const UNACCEPTED = { decline: 'declined', none: 'expired', 'cut-short': 'lost' } as const;

function offerSpec(
  o: OfferSpec,
  at: {
    roundId: number;
    episodeId: number;
    context: EpisodeContext;
    rank: number;
    round: { openedAt: number; deadline: number };
    award?: AwardSpec;
  },
): NewOffer {
  const answered = o.answer === 'accept' || o.answer === 'decline';
  const won = at.award?.providerId === o.providerId;
  const status = o.answer === 'accept' ? (won ? 'won' : 'lost') : UNACCEPTED[o.answer];
  return {
    roundId: at.roundId,
    episodeId: at.episodeId,
    packageId: at.context.packageId,
    providerId: o.providerId,
    zoneId: at.context.zoneId,
    band: at.context.band,
    rank: at.rank,
    score: 70,
    sentAt: at.round.openedAt,
    deadlineAt: at.round.deadline,
    status,
    respondedAt: answered ? at.round.openedAt + (o.afterMinutes ?? 30) * MINUTE : null,
    declineReason: o.answer === 'decline' ? (o.reason ?? 'no-capacity') : null,
  };
}
