/**
 * A deterministic year of county-scale brokerage history for the performance benchmark: 49
 * providers with prime and supplementary roles in the 14 zones, ≈5,000 packages brokered through
 * primes then supplementaries (≈50,000 offers), awards, starts, hand-backs re-brokered, and quality
 * evidence. Rows are built in memory with explicit ids and bulk-inserted in one transaction.
 */
import type { Knex } from 'knex';
import { londonMidnight } from '../src/calendar/dates';
import { ZONE_CATALOGUE } from '../src/zones/catalogue';
import { ensureReference } from '../test/history-factories';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** mulberry32: a small seeded PRNG, so every run builds the same history. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Provider {
  id: number;
  tender: number;
  /** 0–1: how responsive and reliable it is. */
  quality: number;
}

type Row = Record<string, unknown>;

export interface HistorySize {
  providers: number;
  roles: number;
  packages: number;
  episodes: number;
  rounds: number;
  offers: number;
  evidence: number;
}

export async function buildCountyHistory(
  db: Knex,
  options: { seed: number; packages: number; start: number; end: number },
): Promise<HistorySize> {
  const random = prng(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: readonly [T, number][]) => {
    let r = random() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((r -= w) <= 0) return item;
    return items[items.length - 1]![0];
  };
  await ensureReference(db);
  const rateCard = Number((await db('rate_cards').orderBy('applies_from').first('id')).id);

  const providers: Provider[] = Array.from({ length: 49 }, (_, i) => ({
    id: i + 1,
    tender: 40 + Math.round(random() * 55),
    quality: random(),
  }));
  const roles: Row[] = [];
  const capacity: Row[] = [];
  const members = new Map<string, { primes: Provider[]; supplementaries: Provider[] }>();
  for (const zone of ZONE_CATALOGUE) {
    const pool = [...providers].sort(() => random() - 0.5);
    const primes = zone.hasPrimes ? pool.slice(0, 3 + Math.floor(random() * 2)) : [];
    const supplementaries = pool.slice(primes.length, primes.length + 10 + Math.floor(random() * 5));
    members.set(zone.id, {
      primes: primes.sort((a, b) => b.tender - a.tender),
      supplementaries: supplementaries.sort((a, b) => b.tender - a.tender),
    });
    for (const [list, role] of [
      [primes, 'prime'],
      [supplementaries, 'supplementary'],
    ] as const) {
      for (const p of list) {
        roles.push({ provider_id: p.id, zone_id: zone.id, role, since: options.start });
        capacity.push({
          provider_id: p.id,
          zone_id: zone.id,
          weekly_minutes: 60_000,
          declared_at: options.start,
        });
      }
    }
  }

  const packages: Row[] = [];
  const episodes: Row[] = [];
  const rounds: Row[] = [];
  const offers: Row[] = [];
  const zoneWeights = ZONE_CATALOGUE.map((z) => [z.id, z.plannedWeeklyHours] as [string, number]);
  const bands: [string, number][] = [
    ['urban', 65],
    ['fringe', 20],
    ['rural', 10],
    ['isolated', 5],
  ];
  const urgencies: [string, number][] = [
    ['standard', 70],
    ['hospital-discharge', 20],
    ['urgent', 10],
  ];
  const span = options.end - options.start;
  const openings = Array.from(
    { length: options.packages },
    () => options.start + Math.floor(random() * span),
  ).sort((a, b) => a - b);

  /** One round: each provider answers (or not) by its own habits; the best-ranked acceptance wins. */
  const round = (
    episodeId: number,
    packageId: number,
    zoneId: string,
    band: string,
    kind: string,
    list: Provider[],
    openedAt: number,
    windowMinutes: number,
    number: number,
  ) => {
    const deadline = openedAt + windowMinutes * MINUTE;
    const plans = list.map((p) => {
      const answers = random() < 0.55 + 0.4 * p.quality;
      const accepts = answers && random() < 0.12 + 0.25 * p.quality;
      const after = Math.max(1, Math.round(random() * windowMinutes * (0.9 - 0.7 * p.quality)));
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
    const roundId = rounds.length + 1;
    rounds.push({
      id: roundId,
      episode_id: episodeId,
      package_id: packageId,
      number,
      kind,
      opened_at: openedAt,
      deadline_at: deadline,
      closed_at: awardAt ?? deadline,
      outcome: awardAt !== null ? 'awarded' : 'no-acceptance',
      decision_json: '{}',
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
      offers.push({
        id: offers.length + 1,
        round_id: roundId,
        episode_id: episodeId,
        package_id: packageId,
        provider_id: x.p.id,
        zone_id: zoneId,
        band,
        rank: index + 1,
        score: x.p.tender,
        sent_at: openedAt,
        deadline_at: deadline,
        status,
        responded_at: answeredInTime ? x.t : null,
        decline_reason:
          status === 'declined'
            ? pick(['no-capacity', 'no-capacity', 'travel-distance', 'skills', 'start-date'])
            : null,
      });
    });
    return { winner: winnerIndex >= 0 ? plans[winnerIndex]!.p : null, awardAt, deadline };
  };

  for (const openedAt of openings) {
    const packageId = packages.length + 1;
    const zoneId = weighted(zoneWeights);
    const band = weighted(bands);
    const urgency = weighted(urgencies);
    const window = urgency === 'standard' ? 1_440 : 120;
    const wantedStart = new Date(openedAt + (urgency === 'standard' ? 3 + Math.floor(random() * 5) : 1) * DAY)
      .toISOString()
      .slice(0, 10);
    const weeklyMinutes = 15 * (12 + Math.floor(random() * 100));
    const zone = members.get(zoneId)!;
    let status = 'unplaced';
    let holder: number | null = null;
    let episodeOpened = openedAt;
    const excluded = new Set<number>();
    for (let number = 1; number <= 2; number += 1) {
      const episodeId = episodes.length + 1;
      const episode: Row = {
        id: episodeId,
        package_id: packageId,
        number,
        opened_because: number === 1 ? 'intake' : 'hand-back',
        opened_at: episodeOpened,
      };
      episodes.push(episode);
      const kinds: [string, Provider[]][] = [
        ['primes', zone.primes],
        ['supplementaries', zone.supplementaries],
      ];
      let opened = episodeOpened;
      let roundNumber = 0;
      let award: ReturnType<typeof round> | null = null;
      for (const [kind, list] of kinds) {
        const eligible = list.filter((p) => !excluded.has(p.id));
        if (eligible.length === 0) continue;
        roundNumber += 1;
        const r = round(episodeId, packageId, zoneId, band, kind, eligible, opened, window, roundNumber);
        opened = r.deadline;
        if (r.winner) {
          award = r;
          break;
        }
      }
      if (!award || award.awardAt === null || award.awardAt >= options.end) {
        Object.assign(episode, { unplaced_at: opened, closed_at: opened });
        status = 'unplaced';
        holder = null;
        break;
      }
      const p = award.winner!;
      const late = random() > 0.65 + 0.3 * p.quality;
      const startedOn = new Date(Date.parse(wantedStart) + (late ? 1 + Math.floor(random() * 5) : 0) * DAY)
        .toISOString()
        .slice(0, 10);
      const startedAt = londonMidnight(startedOn) + 12 * HOUR;
      const started = startedAt < options.end;
      Object.assign(episode, {
        outcome: 'awarded',
        awarded_provider_id: p.id,
        awarded_at: award.awardAt,
        closed_at: award.awardAt,
        award_round_kind: roundNumber === 1 && zone.primes.length > 0 ? 'primes' : 'supplementaries',
        agreed_start: wantedStart,
        care_started_on: started ? startedOn : null,
        care_started_at: started ? startedAt : null,
      });
      status = started ? 'active' : 'awarded';
      holder = p.id;
      const handBackAt = startedAt + (14 + Math.floor(random() * 100)) * DAY;
      if (number === 1 && started && random() < 0.06 - 0.04 * p.quality && handBackAt < options.end) {
        Object.assign(episode, {
          handed_back_at: handBackAt,
          hand_back_reason: pick(['staffing', 'staffing', 'travel', 'needs-changed', 'safety']),
          hand_back_notice_date: new Date(handBackAt).toISOString().slice(0, 10),
        });
        excluded.add(p.id);
        episodeOpened = handBackAt;
        continue;
      }
      break;
    }
    if (status === 'active' && random() < 0.25) status = 'ended';
    packages.push({
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
      care_type: 'core',
      urgency,
      wanted_start: wantedStart,
      needs_json: '{"flags":[],"language":null}',
      status,
      provider_id: holder,
      current_episode_id: episodes.length,
      created_at: openedAt,
      updated_at: openedAt,
    });
  }

  const evidence: Row[] = [];
  for (const p of providers) {
    const at = (day: number) => new Date(options.start + day * DAY).toISOString().slice(0, 10);
    const row = (kind: string, day: number, extra: Row = {}) =>
      evidence.push({
        provider_id: p.id,
        kind,
        occurred_on: at(day),
        recorded_at: options.start + day * DAY + 12 * HOUR,
        ...extra,
      });
    for (let v = 0; v < 3; v += 1) {
      const score = Math.round(30 + 65 * p.quality * (0.8 + 0.4 * random()));
      row('monitoring-visit', 30 + v * 110 + Math.floor(random() * 30), {
        visit_score: Math.min(100, score),
        visit_rag: score < 50 ? 'red' : score < 70 ? 'amber' : 'green',
      });
    }
    for (let c = 0; c < Math.floor((1 - p.quality) * 4 * random()); c += 1)
      row('upheld-complaint', Math.floor(random() * 360));
    if (random() < 0.15 * (1 - p.quality)) row('safeguarding-concern', Math.floor(random() * 360));
    row('cqc-rating', Math.floor(random() * 360), {
      cqc_rating: weighted([
        ['outstanding', 5],
        ['good', 70],
        ['requires-improvement', 20],
        ['not-yet-rated', 5],
      ]),
    });
  }

  await db.transaction(async (trx) => {
    const insert = async (table: string, rows: Row[], chunk = 400) => {
      for (let i = 0; i < rows.length; i += chunk) await trx(table).insert(rows.slice(i, i + chunk));
    };
    await insert(
      'providers',
      providers.map((p) => ({
        id: p.id,
        name: `Bench Provider ${p.id}`,
        cqc_location_id: `BENCH-${p.id}`,
        cqc_overall: 'good',
        cqc_safe: 'good',
        cqc_well_led: 'good',
        chc_approved: p.id % 3 === 0,
        status: 'active',
        tender_score: p.tender,
        admitted_on: '2021-11-01',
        created_at: options.start,
        updated_at: options.start,
      })),
    );
    await insert('provider_zone_roles', roles);
    await insert('capacity_declarations', capacity);
    await insert('packages', packages, 200);
    await insert('brokerage_episodes', episodes, 200);
    await insert('brokerage_rounds', rounds);
    await insert('offers', offers);
    await insert('quality_evidence', evidence);
  });
  return {
    providers: providers.length,
    roles: roles.length,
    packages: packages.length,
    episodes: episodes.length,
    rounds: rounds.length,
    offers: offers.length,
    evidence: evidence.length,
  };
}
