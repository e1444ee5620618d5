/** The score_runs and score_snapshots tables, and the provider roles scores are kept for. */
import type { Db } from '../../db/connect';
import type { RoleToScore, SnapshotRow } from './snapshot';
import type { ZoneRole } from '../../providers/model';

/**
 * The latest snapshot of each provider in a zone computed at or before `at` (ties on time go to
 * the later row). Uses the (zone_id, provider_id, computed_at) index.
 */
export async function latestSnapshots(
  db: Db,
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

export async function snapshotHistory(
  db: Db,
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

/** Each provider's mean score per calendar month ('YYYY-MM') over snapshots computed from `from` to `to`. */
export async function monthlyMeanScores(
  db: Db,
  dates: { from: string; to: string },
): Promise<{ providerId: number; zoneId: string; month: string; mean: number; snapshots: number }[]> {
  const rows: { provider_id: number; zone_id: string; month: string; mean: number; n: number }[] = await db(
    'score_snapshots',
  )
    .where('computed_for', '>=', dates.from)
    .where('computed_for', '<=', dates.to)
    .groupBy('provider_id', 'zone_id', db.raw('substr(computed_for, 1, 7)'))
    .select(
      'provider_id',
      'zone_id',
      db.raw('substr(computed_for, 1, 7) as month'),
      db.raw('avg(value) as mean'),
      db.raw('count(*) as n'),
    );
  return rows.map((r) => ({
    providerId: Number(r.provider_id),
    zoneId: r.zone_id,
    month: String(r.month),
    mean: Number(r.mean),
    snapshots: Number(r.n),
  }));
}

/** Every provider's role in every zone, with its tender score (what the score run computes for). */
export async function rolesToScore(db: Db): Promise<RoleToScore[]> {
  return (await db('provider_zone_roles as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .orderBy(['r.provider_id', 'r.zone_id'])
    .select('r.provider_id', 'r.zone_id', 'r.role', 'p.tender_score')) as RoleToScore[];
}

/** The roles held in each zone (or one zone), with the provider's name and tender score. */
export async function zoneRoles(
  db: Db,
  filter: { zoneId?: string; providerId?: number },
): Promise<{ providerId: number; zoneId: string; role: ZoneRole; name: string; tenderScore: number }[]> {
  const rows: { provider_id: number; zone_id: string; role: ZoneRole; name: string; tender_score: number }[] =
    await db('provider_zone_roles as r')
      .join('providers as p', 'p.id', 'r.provider_id')
      .modify((q) => {
        if (filter.zoneId) q.where('r.zone_id', filter.zoneId);
        if (filter.providerId !== undefined) q.where('r.provider_id', filter.providerId);
      })
      .orderBy(['r.zone_id', 'r.provider_id'])
      .select('r.provider_id', 'r.zone_id', 'r.role', 'p.name', 'p.tender_score');
  return rows.map((r) => ({
    providerId: Number(r.provider_id),
    zoneId: r.zone_id,
    role: r.role,
    name: r.name,
    tenderScore: Number(r.tender_score),
  }));
}

export async function runIdByKey(db: Db, runKey: string): Promise<number | null> {
  const run = await db('score_runs').where({ run_key: runKey }).first('id');
  return run ? Number(run.id) : null;
}

const CHUNK = 40;

/** Inserts a run and its snapshots (call it in a transaction); returns the run's id. */
export async function insertRun(
  db: Db,
  run: Record<string, unknown>,
  snapshots: readonly Omit<SnapshotRow, 'id' | 'run_id'>[],
): Promise<number> {
  const [inserted] = await db('score_runs').insert(run).returning('id');
  const id = Number((inserted as { id: number }).id);
  for (let i = 0; i < snapshots.length; i += CHUNK) {
    await db('score_snapshots').insert(snapshots.slice(i, i + CHUNK).map((r) => ({ ...r, run_id: id })));
  }
  return id;
}
