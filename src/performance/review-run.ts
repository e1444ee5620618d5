/**
 * Runs the promotion and demotion review (daily by default; each review month raises a flag at
 * most once, so running it again — or in two instances at once — adds nothing). A flag is only a
 * recommendation: the role changes when an admin confirms it (review-decide.ts).
 */
import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import { londonDate } from '../clock';
import type { Config } from '../config';
import type { Db } from '../db/connect';
import { toBool } from '../db/dialect';
import { periodOfDates } from './period';
import {
  demotionCandidates,
  promotionCandidates,
  reviewWindow,
  type FlagCandidate,
  type RoleUnderReview,
} from './reviews';

type Queryable = Knex | Knex.Transaction;

export interface ZoneCoverageFacts {
  minPrimes: number;
  activePrimes: number;
  hasPrimes: boolean;
}

/** Active primes per zone against the zone's minimum (domain.md §4.1 rule 7, zones.min_primes). */
export async function primeCoverage(db: Queryable): Promise<Map<string, ZoneCoverageFacts>> {
  const zones = await db('zones').select('id', 'min_primes', 'has_primes');
  const counts: { zone_id: string; n: number }[] = await db('provider_zone_roles as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .where({ 'r.role': 'prime', 'p.status': 'active' })
    .groupBy('r.zone_id')
    .select('r.zone_id', db.raw('count(*) as n'));
  const primes = new Map(counts.map((c) => [c.zone_id, Number(c.n)]));
  return new Map(
    zones.map((z) => [
      String(z.id),
      {
        minPrimes: Number(z.min_primes),
        activePrimes: primes.get(z.id) ?? 0,
        hasPrimes: toBool(z.has_primes),
      },
    ]),
  );
}

/** What a demotion would do to the zone's prime count. */
export function coverageAfterDemotion(facts: ZoneCoverageFacts, providerIsActivePrime: boolean) {
  const primesAfter = facts.activePrimes - (providerIsActivePrime ? 1 : 0);
  return {
    minPrimes: facts.minPrimes,
    activePrimes: facts.activePrimes,
    primesAfter,
    belowMinPrimes: primesAfter < facts.minPrimes,
  };
}

export async function runRoleReview(
  deps: { db: Db; config: Pick<Config, 'performance'> },
  actor: Actor,
  now: number,
) {
  const { db } = deps;
  const { review, rag } = deps.config.performance;
  const window = reviewWindow(londonDate(now), review.periodMonths);
  const reviewMonth = window.months[window.months.length - 1]!;
  const roles = await rolesUnderReview(db, window, now);
  const coverage = await primeCoverage(db);
  const candidates = [
    ...demotionCandidates(roles, window, (zoneId) => review.zoneThresholds[zoneId] ?? rag.redBelow),
    ...promotionCandidates(
      roles,
      window,
      review.minOffers,
      (zoneId) => coverage.get(zoneId)?.hasPrimes ?? false,
    ),
  ];
  const raised: number[] = [];
  for (const candidate of candidates) {
    const id = await raiseFlag(db, actor, now, candidate, { reviewMonth, window, coverage });
    if (id !== null) raised.push(id);
  }
  return {
    reviewMonth,
    period: { from: window.from, to: window.to },
    candidates: candidates.length,
    raised: raised.length,
    flagIds: raised,
  };
}

async function rolesUnderReview(
  db: Db,
  window: ReturnType<typeof reviewWindow>,
  now: number,
): Promise<RoleUnderReview[]> {
  const roles: { provider_id: number; zone_id: string; role: 'prime' | 'supplementary' }[] = await db(
    'provider_zone_roles as r',
  )
    .join('providers as p', 'p.id', 'r.provider_id')
    .whereNot('p.status', 'exited')
    .select('r.provider_id', 'r.zone_id', 'r.role');
  const means: { provider_id: number; zone_id: string; month: string; mean: number; n: number }[] = await db(
    'score_snapshots',
  )
    .where('computed_for', '>=', window.from)
    .where('computed_for', '<=', window.to)
    .groupBy('provider_id', 'zone_id', db.raw('substr(computed_for, 1, 7)'))
    .select(
      'provider_id',
      'zone_id',
      db.raw('substr(computed_for, 1, 7) as month'),
      db.raw('avg(value) as mean'),
      db.raw('count(*) as n'),
    );
  const period = periodOfDates(window.from, window.to, now);
  const offers: { provider_id: number; zone_id: string; n: number }[] = await db('offers')
    .where('sent_at', '>=', period.from)
    .where('sent_at', '<', period.to)
    .groupBy('provider_id', 'zone_id')
    .select('provider_id', 'zone_id', db.raw('count(*) as n'));
  const key = (p: number, z: string) => `${Number(p)}|${z}`;
  const monthly = new Map<string, RoleUnderReview['monthly']>();
  for (const m of means) {
    const k = key(m.provider_id, m.zone_id);
    if (!monthly.has(k)) monthly.set(k, new Map());
    monthly.get(k)!.set(String(m.month), { mean: Number(m.mean), snapshots: Number(m.n) });
  }
  const offerCounts = new Map(offers.map((o) => [key(o.provider_id, o.zone_id), Number(o.n)]));
  return roles.map((r) => ({
    providerId: Number(r.provider_id),
    zoneId: r.zone_id,
    role: r.role,
    monthly: monthly.get(key(r.provider_id, r.zone_id)) ?? new Map(),
    offers: offerCounts.get(key(r.provider_id, r.zone_id)) ?? 0,
  }));
}

/** Inserts one flag with its audit row; null when it already exists or an open one is waiting. */
async function raiseFlag(
  db: Db,
  actor: Actor,
  now: number,
  candidate: FlagCandidate,
  context: {
    reviewMonth: string;
    window: ReturnType<typeof reviewWindow>;
    coverage: Map<string, ZoneCoverageFacts>;
  },
): Promise<number | null> {
  return db.transaction(async (trx) => {
    const open = await trx('role_review_flags')
      .where({
        provider_id: candidate.providerId,
        zone_id: candidate.zoneId,
        kind: candidate.kind,
        status: 'open',
      })
      .first('id');
    if (open) return null;
    const provider = await trx('providers').where({ id: candidate.providerId }).first('status');
    const facts = context.coverage.get(candidate.zoneId) ?? {
      minPrimes: 0,
      activePrimes: 0,
      hasPrimes: false,
    };
    const coverage =
      candidate.kind === 'demotion' ? coverageAfterDemotion(facts, provider?.status === 'active') : null;
    const latest = await trx('score_snapshots')
      .where({ provider_id: candidate.providerId, zone_id: candidate.zoneId })
      .where('computed_at', '<=', now)
      .orderBy([
        { column: 'computed_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first('id', 'computed_for', 'value', 'rag', 'pick_up', 'quality', 'response');
    const evidence = {
      ...candidate.evidence,
      latestSnapshot: latest
        ? {
            id: Number(latest.id),
            computedFor: latest.computed_for,
            value: Number(latest.value),
            rag: latest.rag,
            components: {
              pickUp: Number(latest.pick_up),
              quality: Number(latest.quality),
              response: Number(latest.response),
            },
          }
        : null,
      coverage,
    };
    const inserted = await trx('role_review_flags')
      .insert({
        provider_id: candidate.providerId,
        zone_id: candidate.zoneId,
        kind: candidate.kind,
        from_role: candidate.fromRole,
        to_role: candidate.toRole,
        review_month: context.reviewMonth,
        period_from: context.window.from,
        period_to: context.window.to,
        evidence_json: JSON.stringify(evidence),
        below_min_primes: coverage?.belowMinPrimes ?? false,
        status: 'open',
        raised_at: now,
      })
      .onConflict(['provider_id', 'zone_id', 'kind', 'review_month'])
      .ignore()
      .returning('id');
    const row = inserted[0] as { id: number } | undefined;
    if (!row) return null;
    await recordAudit(trx, actor, now, {
      action: 'review-flag.raise',
      entityType: 'review-flag',
      entityId: row.id,
      after: {
        providerId: candidate.providerId,
        zoneId: candidate.zoneId,
        kind: candidate.kind,
        reviewMonth: context.reviewMonth,
      },
    });
    return Number(row.id);
  });
}
