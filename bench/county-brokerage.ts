/**
 * The brokerage part of the county history (bench/county-history.ts): packages opened through the
 * year, each offered to its zone's primes and then its supplementaries, awarded, started, and now
 * and then handed back and re-brokered without the provider that gave it back. Every draw comes
 * from the history's one seeded stream, in a fixed order, so the same seed gives the same rows.
 */
import { londonMidnight } from '../src/calendar/dates';
import { ZONE_CATALOGUE } from '../src/zones/catalogue';
import { noNeeds } from '../src/packages/model';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export type Row = Record<string, unknown>;

export interface Provider {
  id: number;
  tender: number;
  /** 0–1: how responsive and reliable it is. */
  quality: number;
}

/** The seeded draws every part of the history takes from. */
export interface Draws {
  random: () => number;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly [T, number][]): T;
}

/** Each zone's primes and supplementaries, best tender first. */
export type Members = Map<string, { primes: Provider[]; supplementaries: Provider[] }>;

export interface BrokerageRows {
  packages: Row[];
  episodes: Row[];
  rounds: Row[];
  offers: Row[];
}

const ZONE_WEIGHTS = ZONE_CATALOGUE.map((z) => [z.id, z.plannedWeeklyHours] as [string, number]);
const BANDS: [string, number][] = [
  ['urban', 65],
  ['fringe', 20],
  ['rural', 10],
  ['isolated', 5],
];
const URGENCIES: [string, number][] = [
  ['standard', 70],
  ['hospital-discharge', 20],
  ['urgent', 10],
];

interface Brokering {
  draw: Draws;
  rows: BrokerageRows;
  members: Members;
  /** The end of the history: nothing is awarded at or after it. */
  end: number;
}

/** One package's facts, drawn when it is opened. */
interface PackageDraw {
  packageId: number;
  zoneId: string;
  band: string;
  windowMinutes: number;
  wantedStart: string;
  zone: { primes: Provider[]; supplementaries: Provider[] };
}

/** `count` packages opened at random through start..end, brokered in the order they were opened. */
export function brokerPackages(
  draw: Draws,
  members: Members,
  options: { packages: number; start: number; end: number; rateCard: number },
): BrokerageRows {
  const brokering: Brokering = {
    draw,
    rows: { packages: [], episodes: [], rounds: [], offers: [] },
    members,
    end: options.end,
  };
  const span = options.end - options.start;
  const openings = Array.from(
    { length: options.packages },
    () => options.start + Math.floor(draw.random() * span),
  ).sort((a, b) => a - b);
  for (const openedAt of openings) brokerPackage(brokering, openedAt, options.rateCard);
  return brokering.rows;
}

function brokerPackage(brokering: Brokering, openedAt: number, rateCard: number): void {
  const { draw, rows } = brokering;
  const packageId = rows.packages.length + 1;
  const zoneId = draw.weighted(ZONE_WEIGHTS);
  const band = draw.weighted(BANDS);
  const urgency = draw.weighted(URGENCIES);
  const wantedStart = new Date(
    openedAt + (urgency === 'standard' ? 3 + Math.floor(draw.random() * 5) : 1) * DAY,
  )
    .toISOString()
    .slice(0, 10);
  const weeklyMinutes = 15 * (12 + Math.floor(draw.random() * 100));
  const pkg: PackageDraw = {
    packageId,
    zoneId,
    band,
    windowMinutes: urgency === 'standard' ? 1_440 : 120,
    wantedStart,
    zone: brokering.members.get(zoneId)!,
  };
  let outcome: EpisodeOutcome = { status: 'unplaced', holder: null };
  let episodeOpened = openedAt;
  const excluded = new Set<number>();
  for (let number = 1; number <= 2; number += 1) {
    outcome = brokerEpisode(brokering, pkg, { number, openedAt: episodeOpened, excluded });
    if (outcome.handedBackAt === undefined) break;
    episodeOpened = outcome.handedBackAt;
  }
  const status = outcome.status === 'active' && draw.random() < 0.25 ? 'ended' : outcome.status;
  rows.packages.push({
    id: packageId,
    reference: `BENCH-${packageId}`,
    area_id: 'E00000000',
    zone_id: zoneId,
    band,
    band_source: 'bench',
    rate_card_id: rateCard,
    hourly_rate_pence: 1875,
    weekly_minutes: weeklyMinutes,
    visits_per_week: 7,
    funding_stream: 'council',
    urgency,
    wanted_start: wantedStart,
    needs_json: JSON.stringify(noNeeds()),
    status,
    provider_id: outcome.holder,
    current_episode_id: rows.episodes.length,
    created_at: openedAt,
    updated_at: openedAt,
  });
}

interface EpisodeOutcome {
  status: string;
  holder: number | null;
  /** Set when the winner gave the package back: the next episode opens then. */
  handedBackAt?: number;
}

/** One episode: a round of primes, then of supplementaries, until one is awarded. */
function brokerEpisode(
  brokering: Brokering,
  pkg: PackageDraw,
  episode: { number: number; openedAt: number; excluded: Set<number> },
): EpisodeOutcome {
  const { rows } = brokering;
  const row: Row = {
    id: rows.episodes.length + 1,
    package_id: pkg.packageId,
    number: episode.number,
    opened_because: episode.number === 1 ? 'intake' : 'hand-back',
    opened_at: episode.openedAt,
  };
  rows.episodes.push(row);
  const kinds: [string, Provider[]][] = [
    ['primes', pkg.zone.primes],
    ['supplementaries', pkg.zone.supplementaries],
  ];
  let opened = episode.openedAt;
  let roundNumber = 0;
  let award: RoundResult | null = null;
  for (const [kind, list] of kinds) {
    const eligible = list.filter((p) => !episode.excluded.has(p.id));
    if (eligible.length === 0) continue;
    roundNumber += 1;
    const r = brokerRound(brokering, pkg, {
      episodeId: Number(row.id),
      kind,
      list: eligible,
      openedAt: opened,
      number: roundNumber,
    });
    opened = r.deadline;
    if (r.winner) {
      award = r;
      break;
    }
  }
  if (!award || award.awardAt === null || award.awardAt >= brokering.end) {
    Object.assign(row, { unplaced_at: opened, closed_at: opened });
    return { status: 'unplaced', holder: null };
  }
  return recordAward(brokering, pkg, { ...episode, row, roundNumber, award });
}

/** The winner starts care (late, for a less reliable one), and now and then gives the package back. */
function recordAward(
  { draw, end }: Brokering,
  pkg: PackageDraw,
  episode: { row: Row; number: number; roundNumber: number; award: RoundResult; excluded: Set<number> },
): EpisodeOutcome {
  const p = episode.award.winner!;
  const late = draw.random() > 0.65 + 0.3 * p.quality;
  const startedOn = new Date(
    Date.parse(pkg.wantedStart) + (late ? 1 + Math.floor(draw.random() * 5) : 0) * DAY,
  )
    .toISOString()
    .slice(0, 10);
  const startedAt = londonMidnight(startedOn) + 12 * HOUR;
  const started = startedAt < end;
  Object.assign(episode.row, {
    outcome: 'awarded',
    awarded_provider_id: p.id,
    awarded_at: episode.award.awardAt,
    closed_at: episode.award.awardAt,
    award_round_kind: episode.roundNumber === 1 && pkg.zone.primes.length > 0 ? 'primes' : 'supplementaries',
    agreed_start: pkg.wantedStart,
    care_started_on: started ? startedOn : null,
    care_started_at: started ? startedAt : null,
  });
  const outcome = { status: started ? 'active' : 'awarded', holder: p.id };
  const handBackAt = startedAt + (14 + Math.floor(draw.random() * 100)) * DAY;
  if (episode.number === 1 && started && draw.random() < 0.06 - 0.04 * p.quality && handBackAt < end) {
    Object.assign(episode.row, {
      handed_back_at: handBackAt,
      hand_back_reason: draw.pick(['staffing', 'staffing', 'travel', 'needs-changed', 'safety']),
      hand_back_notice_date: new Date(handBackAt).toISOString().slice(0, 10),
    });
    episode.excluded.add(p.id);
    return { ...outcome, handedBackAt: handBackAt };
  }
  return outcome;
}

interface RoundResult {
  winner: Provider | null;
  awardAt: number | null;
  deadline: number;
}

/** One round: each provider answers (or not) by its own habits; the best-ranked acceptance wins. */
function brokerRound(
  { draw, rows }: Brokering,
  pkg: PackageDraw,
  round: { episodeId: number; kind: string; list: Provider[]; openedAt: number; number: number },
): RoundResult {
  const { openedAt } = round;
  const windowMinutes = pkg.windowMinutes;
  const deadline = openedAt + windowMinutes * MINUTE;
  const plans = round.list.map((p) => {
    const answers = draw.random() < 0.55 + 0.4 * p.quality;
    const accepts = answers && draw.random() < 0.12 + 0.25 * p.quality;
    const after = Math.max(1, Math.round(draw.random() * windowMinutes * (0.9 - 0.7 * p.quality)));
    return { p, answers, accepts, t: openedAt + after * MINUTE };
  });
  const winnerIndex = plans.findIndex((x) => x.accepts);
  let awardAt: number | null = null;
  if (winnerIndex >= 0) {
    const above = plans.slice(0, winnerIndex);
    awardAt = above.every((x) => x.answers)
      ? Math.max(plans[winnerIndex]!.t, ...above.map((x) => x.t))
      : deadline;
  }
  const roundId = rows.rounds.length + 1;
  rows.rounds.push({
    id: roundId,
    episode_id: round.episodeId,
    package_id: pkg.packageId,
    number: round.number,
    kind: round.kind,
    opened_at: openedAt,
    deadline_at: deadline,
    closed_at: awardAt ?? deadline,
    outcome: awardAt !== null ? 'awarded' : 'no-acceptance',
    decision_json: decisionJson(round.kind, round.list),
  });
  plans.forEach((x, index) => {
    const answeredInTime = x.answers && (awardAt === null || x.t <= awardAt);
    const status =
      index === winnerIndex
        ? 'won'
        : answeredInTime
          ? x.accepts
            ? 'lost'
            : 'declined'
          : awardAt !== null && awardAt < deadline
            ? 'lost'
            : 'expired';
    rows.offers.push({
      id: rows.offers.length + 1,
      round_id: roundId,
      episode_id: round.episodeId,
      package_id: pkg.packageId,
      provider_id: x.p.id,
      zone_id: pkg.zoneId,
      band: pkg.band,
      rank: index + 1,
      score: x.p.tender,
      sent_at: openedAt,
      deadline_at: deadline,
      status,
      responded_at: answeredInTime ? x.t : null,
      decline_reason:
        status === 'declined'
          ? draw.pick(['no-capacity', 'no-capacity', 'travel-distance', 'skills', 'start-date'])
          : null,
    });
  });
  return { winner: winnerIndex >= 0 ? plans[winnerIndex]!.p : null, awardAt, deadline };
}

/** The round's recorded decision as allocation writes it (the package page shows it): the ranked list, nobody excluded. */
function decisionJson(kind: string, list: Provider[]): string {
  return JSON.stringify({
    kind,
    eligible: list.map((p, i) => ({
      providerId: p.id,
      name: `Bench Provider ${p.id}`,
      rank: i + 1,
      score: { value: p.tender, components: null, source: 'tender', snapshotId: null },
      recentAwardsInZone: 0,
      capacityMinutes: 60_000,
      notes: [],
      meetsLanguages: null,
    })),
    excluded: [],
    tieBreak: 'Higher score first.',
  });
}
