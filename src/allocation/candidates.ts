import type { Knex } from 'knex';
import { together } from '../db/dialect';
import { latestDeclarationsQuery } from '../providers/queries';
import { scoresInForce } from '../performance/scores/in-force';
import type { Candidate, RoundKind, ZoneRole } from './policy';

type Queryable = Knex | Knex.Transaction;

interface ProviderRow {
  id: number;
  name: string;
  status: string;
  cqc_overall: string;
  chc_approved: boolean | number;
  tender_score: number;
  role: ZoneRole | null;
}

/**
 * The providers a round draws from, with everything the policy needs to decide and rank:
 * role in the package's zone, remaining capacity there, current score and recent awards.
 */
export async function loadCandidates(
  db: Queryable,
  input: { zoneId: string; kind: RoundKind; now: number; tieBreakDays: number; neighbourZoneIds: string[] },
): Promise<Candidate[]> {
  const rows = await providersForRound(db, input.zoneId, input.kind, input.neighbourZoneIds);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Each read below finds its rows through an index on the provider ids, and none needs another.
  const [capacity, recent, scores] = await together(db, [
    () => remainingCapacity(db, input.zoneId, ids),
    () => recentAwards(db, input.zoneId, ids, input.now - input.tieBreakDays * 86_400_000),
    () =>
      scoresInForce(
        db,
        input.zoneId,
        rows.map((r) => ({ id: r.id, tenderScore: Number(r.tender_score) })),
        input.now,
      ),
  ]);
  return rows.map((row) => ({
    providerId: row.id,
    name: row.name,
    role: row.role,
    status: row.status,
    cqcOverall: row.cqc_overall,
    chcApproved: row.chc_approved === true || row.chc_approved === 1,
    capacityMinutes: capacity.get(row.id) ?? null,
    score: scores.get(row.id)!,
    recentAwardsInZone: recent.get(row.id) ?? 0,
  }));
}

async function providersForRound(
  db: Queryable,
  zoneId: string,
  kind: RoundKind,
  neighbourZoneIds: string[],
): Promise<ProviderRow[]> {
  const query = db('providers as p')
    .leftJoin('provider_zone_roles as r', (join) =>
      join.on('r.provider_id', 'p.id').andOnVal('r.zone_id', zoneId),
    )
    .select('p.id', 'p.name', 'p.status', 'p.cqc_overall', 'p.chc_approved', 'p.tender_score', 'r.role')
    .orderBy('p.id');
  if (kind === 'primes' || kind === 'supplementaries') {
    query.whereNotNull('r.role');
  } else if (kind === 'widened-neighbours') {
    // Members of the zone itself and of every zone that shares a boundary with it.
    query.whereIn(
      'p.id',
      db('provider_zone_roles')
        .select('provider_id')
        .whereIn('zone_id', [zoneId, ...neighbourZoneIds]),
    );
  } else {
    query.whereIn('p.id', db('provider_zone_roles').select('provider_id'));
  }
  return query;
}

/**
 * Declared weekly minutes still free in a zone: the latest declaration, less the packages awarded
 * since it was made (an award counts against capacity until the provider declares again).
 */
export async function remainingCapacity(db: Queryable, zoneId: string, providerIds: number[]) {
  const usedSinceDeclared = db('brokerage_episodes as e')
    .join('packages as pk', 'pk.id', 'e.package_id')
    .whereRaw('e.awarded_provider_id = d.provider_id')
    .whereRaw('pk.zone_id = d.zone_id')
    .whereRaw('e.awarded_at >= d.declared_at')
    .sum('pk.weekly_minutes')
    .as('used');
  const rows: { provider_id: number; weekly_minutes: number; used: number | null }[] =
    await latestDeclarationsQuery(db, { zoneId, providerIds }).select(
      'd.provider_id',
      'd.weekly_minutes',
      usedSinceDeclared,
    );
  return new Map(rows.map((r) => [Number(r.provider_id), Number(r.weekly_minutes) - Number(r.used ?? 0)]));
}

async function recentAwards(db: Queryable, zoneId: string, providerIds: number[], since: number) {
  const rows: { provider_id: number; n: number }[] = await db('brokerage_episodes as e')
    .join('packages as pk', 'pk.id', 'e.package_id')
    .where('pk.zone_id', zoneId)
    .whereIn('e.awarded_provider_id', providerIds)
    .where('e.awarded_at', '>=', since)
    .groupBy('e.awarded_provider_id')
    .select('e.awarded_provider_id as provider_id')
    .count({ n: '*' });
  return new Map(rows.map((r) => [Number(r.provider_id), Number(r.n)]));
}
