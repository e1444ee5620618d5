import type { Db } from '../../src/db/connect';

/**
 * The brokerage's invariants, checked against a whole database: every package in a legal state
 * that its episodes, rounds and offers agree with, and an audit trail that matches the data
 * (each package created, each round opened, each award made, each answer given exactly as often
 * as the data says). Used after races, crashes and several instances; returns the violations.
 */
export async function brokerageViolations(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const data = await readBrokerage(db);
  const byPackage = <T extends { package_id: number }>(rows: T[]) =>
    groupBy(rows, (r) => Number(r.package_id));
  const episodesOf = byPackage(data.episodes);
  const roundsOf = byPackage(data.rounds);
  const offersOf = byPackage(data.offers);
  const auditsOf = groupBy(data.audits, (a) => Number(a.entity_id));
  for (const pkg of data.packages) {
    const id = Number(pkg.id);
    const facts: PackageFacts = {
      trail: auditsOf.get(id) ?? [],
      episodes: episodesOf.get(id) ?? [],
      rounds: roundsOf.get(id) ?? [],
      offers: offersOf.get(id) ?? [],
    };
    const say = (what: string) => problems.push(`package ${id} (${pkg.status}): ${what}`);
    auditViolations(pkg, facts, say);
    const current = facts.episodes.find((e) => Number(e.id) === Number(pkg.current_episode_id));
    if (!current) {
      say('no current episode');
      continue;
    }
    statusViolations(pkg, { ...facts, current }, say);
    historyViolations(facts, say);
  }
  return problems;
}

async function readBrokerage(db: Db) {
  return {
    packages: (await db('packages').select(
      'id',
      'status',
      'provider_id',
      'current_episode_id',
    )) as PackageRow[],
    episodes: (await db('brokerage_episodes').select(
      'id',
      'package_id',
      'outcome',
      'awarded_provider_id',
      'awarded_offer_id',
      'unplaced_at',
      'care_started_at',
    )) as EpisodeRow[],
    rounds: (await db('brokerage_rounds').select(
      'id',
      'episode_id',
      'package_id',
      'kind',
      'closed_at',
      'outcome',
    )) as RoundRow[],
    offers: (await db('offers').select(
      'id',
      'round_id',
      'episode_id',
      'package_id',
      'provider_id',
      'status',
      'responded_at',
    )) as OfferRow[],
    audits: (await db('audit_events')
      .where({ entity_type: 'package' })
      .orderBy('id')
      .select('id', 'entity_id', 'action', 'after_json')) as AuditRow[],
  };
}

/** One package's episodes, rounds and offers, and its audit trail. */
interface PackageFacts {
  trail: AuditRow[];
  episodes: EpisodeRow[];
  rounds: RoundRow[];
  offers: OfferRow[];
}

type Say = (what: string) => void;

/** The trail has each creation, round and award once, and replays to the package's status. */
function auditViolations(pkg: PackageRow, { trail, episodes, rounds }: PackageFacts, say: Say): void {
  const count = (action: string) => trail.filter((a) => a.action === action).length;
  if (count('package.create') !== 1) say(`${count('package.create')} package.create audit rows`);
  if (count('round.open') !== rounds.length)
    say(`${rounds.length} rounds but ${count('round.open')} round.open audit rows`);
  const awarded = episodes.filter((e) => e.outcome === 'awarded');
  if (count('package.award') !== awarded.length)
    say(`${awarded.length} awarded episodes but ${count('package.award')} package.award rows`);
  // The latest audited status is the package's status: the trail replays to the data.
  const lastStatus = [...trail]
    .reverse()
    .filter((a) => a.action.startsWith('package.'))
    .map((a) => parse(a.after_json)?.status)
    .find((s) => typeof s === 'string');
  if (lastStatus !== pkg.status) say(`audit trail ends in status ${String(lastStatus)}`);
}

/** What the package's status says about its current episode, its open rounds and live offers. */
function statusViolations(
  pkg: PackageRow,
  { current, rounds, offers }: PackageFacts & { current: EpisodeRow },
  say: Say,
): void {
  const open = rounds.filter((r) => Number(r.episode_id) === Number(current.id) && r.closed_at === null);
  const live = offers.filter((o) => o.status === 'pending' || o.status === 'accepted');
  switch (pkg.status) {
    case 'brokering':
      if (current.outcome !== null) say(`current episode outcome ${current.outcome}`);
      if (open.length !== 1) say(`${open.length} open rounds`);
      if (pkg.provider_id !== null) say('has a provider');
      break;
    case 'unplaced':
      if (current.outcome !== null || current.unplaced_at === null)
        say('current episode not marked unplaced');
      if (open.length !== 0) say(`${open.length} open rounds`);
      if (live.length !== 0) say(`${live.length} live offers`);
      if (pkg.provider_id !== null) say('has a provider');
      break;
    case 'awarded':
    case 'active':
    case 'ended':
      if (current.outcome !== 'awarded') say(`current episode outcome ${current.outcome}`);
      if (Number(current.awarded_provider_id) !== Number(pkg.provider_id))
        say('provider differs from the award');
      if (open.length !== 0) say(`${open.length} open rounds`);
      if (live.length !== 0) say(`${live.length} live offers`);
      if (pkg.status !== 'awarded' && current.care_started_at === null) say('care never started');
      break;
    case 'cancelled':
      if (open.length !== 0) say(`${open.length} open rounds`);
      if (live.length !== 0) say(`${live.length} live offers`);
      break;
    default:
      say('unknown status');
  }
}

/** Every episode's award, every round's closing, and every answer agree with the offers. */
function historyViolations({ trail, episodes, rounds, offers }: PackageFacts, say: Say): void {
  for (const e of episodes) {
    const won = offers.filter((o) => Number(o.episode_id) === Number(e.id) && o.status === 'won');
    if (e.outcome === 'awarded') {
      if (won.length !== 1 || Number(won[0]!.id) !== Number(e.awarded_offer_id))
        say(`episode ${e.id}: ${won.length} won offers`);
    } else if (won.length !== 0) say(`episode ${e.id} not awarded but ${won.length} won offers`);
    // The automatic rounds (primes, supplementaries) open at most once per episode.
    const kinds = rounds.filter((r) => Number(r.episode_id) === Number(e.id)).map((r) => r.kind);
    for (const kind of ['primes', 'supplementaries']) {
      if (kinds.filter((k) => k === kind).length > 1) say(`episode ${e.id}: round ${kind} opened twice`);
    }
  }
  for (const r of rounds) {
    const inRound = offers.filter((o) => Number(o.round_id) === Number(r.id));
    if (r.closed_at !== null && inRound.some((o) => o.status === 'pending'))
      say(`round ${r.id} closed with pending offers`);
    if ((r.closed_at === null) !== (r.outcome === null)) say(`round ${r.id}: closed_at and outcome disagree`);
  }
  // Every answer is recorded exactly once, and only answered offers have one.
  const answers = groupBy(
    trail.filter((a) => a.action === 'offer.accept' || a.action === 'offer.decline'),
    (a) => Number(parse(a.after_json)?.offerId),
  );
  for (const o of offers) {
    const n = answers.get(Number(o.id))?.length ?? 0;
    if (n !== (o.responded_at === null ? 0 : 1))
      say(`offer ${o.id} (${o.status}) answered ${n} times in the audit trail`);
  }
}

interface PackageRow {
  id: number;
  status: string;
  provider_id: number | null;
  current_episode_id: number | null;
}
interface EpisodeRow {
  id: number;
  package_id: number;
  outcome: string | null;
  awarded_provider_id: number | null;
  awarded_offer_id: number | null;
  unplaced_at: number | null;
  care_started_at: number | null;
}
interface RoundRow {
  id: number;
  episode_id: number;
  package_id: number;
  kind: string;
  closed_at: number | null;
  outcome: string | null;
}
interface OfferRow {
  id: number;
  round_id: number;
  episode_id: number;
  package_id: number;
  provider_id: number;
  status: string;
  responded_at: number | null;
}
interface AuditRow {
  id: number;
  entity_id: string;
  action: string;
  after_json: string | null;
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

function parse(json: string | null): Record<string, unknown> | null {
  return json === null ? null : (JSON.parse(json) as Record<string, unknown>);
}
