/**
 * A deterministic year of county-scale brokerage history for the performance benchmark: 49
 * providers with prime and supplementary roles in the 14 zones, ≈5,000 packages brokered through
 * primes then supplementaries (≈50,000 offers), awards, starts, hand-backs re-brokered, and quality
 * evidence. Rows are built in memory with explicit ids and bulk-inserted in one transaction;
 * the packages and their brokerage are drawn in bench/county-brokerage.ts.
 */
import type { Knex } from 'knex';
import { ZONE_CATALOGUE } from '../src/zones/catalogue';
import { ensureReference } from '../test/factories/reference';
import { brokerPackages, type Draws, type Members, type Provider, type Row } from './county-brokerage';

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

function draws(seed: number): Draws {
  const random = prng(seed);
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    weighted(items) {
      let r = random() * items.reduce((s, [, w]) => s + w, 0);
      for (const [item, w] of items) if ((r -= w) <= 0) return item;
      return items[items.length - 1]![0];
    },
  };
}

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
  const draw = draws(options.seed);
  await ensureReference(db);
  const rateCard = Number((await db('rate_cards').orderBy('applies_from').first('id')).id);
  const framework = buildFramework(draw, options.start);
  const brokerage = brokerPackages(draw, framework.members, { ...options, rateCard });
  const evidence = framework.providers.flatMap((p) => providerEvidence(draw, p, options.start));
  const tables = { ...framework, ...brokerage, evidence };
  await insertHistory(db, tables, options.start);
  return {
    providers: tables.providers.length,
    roles: tables.roles.length,
    packages: tables.packages.length,
    episodes: tables.episodes.length,
    rounds: tables.rounds.length,
    offers: tables.offers.length,
    evidence: tables.evidence.length,
  };
}

/** 49 providers, each zone's primes (none in the rural free zone) and supplementaries, all with capacity. */
function buildFramework(draw: Draws, start: number) {
  const providers: Provider[] = Array.from({ length: 49 }, (_, i) => ({
    id: i + 1,
    tender: 40 + Math.round(draw.random() * 55),
    quality: draw.random(),
  }));
  const roles: Row[] = [];
  const capacity: Row[] = [];
  const members: Members = new Map();
  for (const zone of ZONE_CATALOGUE) {
    const pool = [...providers].sort(() => draw.random() - 0.5);
    const primes = zone.hasPrimes ? pool.slice(0, 3 + Math.floor(draw.random() * 2)) : [];
    const supplementaries = pool.slice(primes.length, primes.length + 10 + Math.floor(draw.random() * 5));
    members.set(zone.id, {
      primes: primes.sort((a, b) => b.tender - a.tender),
      supplementaries: supplementaries.sort((a, b) => b.tender - a.tender),
    });
    for (const [list, role] of [
      [primes, 'prime'],
      [supplementaries, 'supplementary'],
    ] as const) {
      for (const p of list) {
        roles.push({ provider_id: p.id, zone_id: zone.id, role, since: start });
        capacity.push({ provider_id: p.id, zone_id: zone.id, weekly_minutes: 60_000, declared_at: start });
      }
    }
  }
  return { providers, roles, capacity, members };
}

/** Three monitoring visits, complaints and concerns by its quality, and a CQC rating, through the year. */
function providerEvidence(draw: Draws, p: Provider, start: number): Row[] {
  const evidence: Row[] = [];
  const at = (day: number) => new Date(start + day * DAY).toISOString().slice(0, 10);
  const row = (kind: string, day: number, extra: Row = {}) =>
    evidence.push({
      provider_id: p.id,
      kind,
      occurred_on: at(day),
      recorded_at: start + day * DAY + 12 * HOUR,
      ...extra,
    });
  for (let v = 0; v < 3; v += 1) {
    const score = Math.round(30 + 65 * p.quality * (0.8 + 0.4 * draw.random()));
    row('monitoring-visit', 30 + v * 110 + Math.floor(draw.random() * 30), {
      visit_score: Math.min(100, score),
      visit_rag: score < 50 ? 'red' : score < 70 ? 'amber' : 'green',
    });
  }
  for (let c = 0; c < Math.floor((1 - p.quality) * 4 * draw.random()); c += 1)
    row('upheld-complaint', Math.floor(draw.random() * 360));
  if (draw.random() < 0.15 * (1 - p.quality)) row('safeguarding-concern', Math.floor(draw.random() * 360));
  row('cqc-rating', Math.floor(draw.random() * 360), {
    cqc_rating: draw.weighted([
      ['outstanding', 5],
      ['good', 70],
      ['requires-improvement', 20],
      ['not-yet-rated', 5],
    ]),
  });
  return evidence;
}

async function insertHistory(
  db: Knex,
  tables: { providers: Provider[] } & Record<
    'roles' | 'capacity' | 'packages' | 'episodes' | 'rounds' | 'offers' | 'evidence',
    Row[]
  >,
  start: number,
): Promise<void> {
  await db.transaction(async (trx) => {
    const insert = async (table: string, rows: Row[], chunk = 400) => {
      for (let i = 0; i < rows.length; i += chunk) await trx(table).insert(rows.slice(i, i + chunk));
    };
    await insert(
      'providers',
      tables.providers.map((p) => ({
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
        created_at: start,
        updated_at: start,
      })),
    );
    await insert('provider_zone_roles', tables.roles);
    await insert('capacity_declarations', tables.capacity);
    await insert('packages', tables.packages, 200);
    await insert('brokerage_episodes', tables.episodes, 200);
    await insert('brokerage_rounds', tables.rounds);
    await insert('offers', tables.offers);
    await insert('quality_evidence', tables.evidence);
  });
}
