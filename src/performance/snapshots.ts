/**
 * Stored score snapshots: how allocation finds the score in force at a moment, and how the API
 * reads them back. Snapshots are written only by score-run.ts and never updated.
 */
import type { Knex } from 'knex';
import type { ProviderScore } from '../allocation/policy';
import type { KpiSet } from './kpis';
import type { Rag } from './model';
import type { ComponentScore } from './score';

type Queryable = Knex | Knex.Transaction;

export interface SnapshotRow {
  id: number;
  run_id: number;
  provider_id: number;
  zone_id: string;
  computed_for: string;
  computed_at: number;
  role: string | null;
  tender_score: number;
  value: number;
  rag: Rag;
  pick_up: number;
  quality: number;
  response: number;
  pick_up_live: number | null;
  quality_live: number | null;
  response_live: number | null;
  pick_up_n: number;
  quality_n: number;
  response_n: number;
  kpis_json: string;
}

/** What the snapshot stores beside the numbers: the KPIs and evidence behind it. */
export interface SnapshotDetail {
  kpis: KpiSet;
  quality: {
    visits: number;
    meanVisitScore: number | null;
    cqcRating: string | null;
    upheldComplaints: number;
    safeguardingConcerns: number;
  };
  liveWeights: { pickUp: number; quality: number; response: number };
  period: { from: string; to: string };
}

/**
 * The latest snapshot of each provider in a zone computed at or before `at` (ties on time go to
 * the later row). Uses the (zone_id, provider_id, computed_at) index.
 */
export async function latestSnapshots(
  db: Queryable,
  zoneId: string,
  providerIds: readonly number[],
  at: number,
): Promise<Map<number, SnapshotRow>> {
  if (providerIds.length === 0) return new Map();
  // Each provider's latest time first, then its rows at that time: both read the
  // (zone_id, provider_id, computed_at) index, so the cost follows the providers asked about, not
  // the number of snapshots kept (a year of nightly runs is 365 per provider and zone).
  const latest = db('score_snapshots')
    .where('zone_id', zoneId)
    .whereIn('provider_id', providerIds)
    .where('computed_at', '<=', at)
    .groupBy('provider_id')
    .select('provider_id')
    .max({ latest_at: 'computed_at' });
  const rows = (await db('score_snapshots as s')
    .join(latest.as('l'), (on) =>
      on.on('l.provider_id', 's.provider_id').andOn('l.latest_at', 's.computed_at'),
    )
    .where('s.zone_id', zoneId)
    .orderBy('s.id')
    .select('s.*')) as SnapshotRow[];
  // Two runs at the same instant: the later row wins.
  return new Map(rows.map((r) => [Number(r.provider_id), normalise(r)]));
}

/** PostgreSQL returns bigint and numeric as numbers already (dialect.ts); SQLite too. Doubles stay doubles. */
function normalise(r: SnapshotRow): SnapshotRow {
  return { ...r, id: Number(r.id), provider_id: Number(r.provider_id), computed_at: Number(r.computed_at) };
}

/**
 * The score allocation ranks by: the latest snapshot's, with its id and components (they go into the
 * round's decision, so the ranking can be reproduced), else the tender score (domain.md §4.1 rule 4).
 */
export function providerScoreOf(snapshot: SnapshotRow | undefined, tenderScore: number): ProviderScore {
  if (!snapshot) return { value: Number(tenderScore), components: null, source: 'tender', snapshotId: null };
  return {
    value: Number(snapshot.value),
    components: {
      pickUp: Number(snapshot.pick_up),
      quality: Number(snapshot.quality),
      response: Number(snapshot.response),
    },
    source: 'snapshot',
    snapshotId: snapshot.id,
  };
}

/** Scores in force at `at` for every provider with a role in a zone, in a form allocation accepts. */
export async function scoresInForce(
  db: Queryable,
  zoneId: string,
  providers: readonly { id: number; tenderScore: number }[],
  at: number,
): Promise<Map<number, ProviderScore>> {
  const snapshots = await latestSnapshots(
    db,
    zoneId,
    providers.map((p) => p.id),
    at,
  );
  return new Map(providers.map((p) => [p.id, providerScoreOf(snapshots.get(p.id), p.tenderScore)]));
}

/** A snapshot as the API shows it: components with their live values, evidence and weights, and the KPIs. */
export function snapshotView(r: SnapshotRow) {
  const detail = JSON.parse(r.kpis_json) as SnapshotDetail;
  const component = (value: number, live: number | null, n: number, w: number): ComponentScore => ({
    value: Number(value),
    live: live === null ? null : Number(live),
    evidence: Number(n),
    liveWeight: w,
  });
  return {
    id: Number(r.id),
    runId: Number(r.run_id),
    providerId: Number(r.provider_id),
    zoneId: r.zone_id,
    computedFor: r.computed_for,
    computedAt: new Date(Number(r.computed_at)).toISOString(),
    role: r.role,
    tenderScore: Number(r.tender_score),
    value: Number(r.value),
    rag: r.rag,
    components: {
      pickUp: component(r.pick_up, r.pick_up_live, r.pick_up_n, detail.liveWeights.pickUp),
      quality: component(r.quality, r.quality_live, r.quality_n, detail.liveWeights.quality),
      response: component(r.response, r.response_live, r.response_n, detail.liveWeights.response),
    },
    evidencePeriod: detail.period,
    quality: detail.quality,
    kpis: detail.kpis,
  };
}

export async function snapshotHistory(
  db: Queryable,
  providerId: number,
  filter: { zoneId?: string; from?: string; to?: string; limit: number },
): Promise<SnapshotRow[]> {
  return (await db('score_snapshots')
    .where({ provider_id: providerId })
    .modify((q) => {
      if (filter.zoneId) q.where('zone_id', filter.zoneId);
      if (filter.from) q.where('computed_for', '>=', filter.from);
      if (filter.to) q.where('computed_for', '<=', filter.to);
    })
    .orderBy([
      { column: 'computed_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit)) as SnapshotRow[];
}
