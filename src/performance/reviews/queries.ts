/** The role_review_flags table, and what the review reads of roles and offers. */
import type { Period } from '../../calendar/periods';
import type { Db } from '../../db/connect';
import type { ZoneRole } from '../../providers/model';
import type { DecisionReason, FlagKind, FlagStatus } from './model';

export interface FlagRow {
  id: number;
  provider_id: number;
  zone_id: string;
  kind: FlagKind;
  from_role: ZoneRole;
  to_role: ZoneRole;
  review_month: string;
  period_from: string;
  period_to: string;
  evidence_json: string;
  below_min_primes: boolean | number;
  status: FlagStatus;
  raised_at: number;
  decided_at: number | null;
  decided_by: number | null;
  decision_reason: DecisionReason | null;
  decision_evidence: string | null;
  decision_comment: string | null;
  /** Null: the daily review raised it. */
  raised_by: number | null;
  raise_comment: string | null;
  provider_name?: string;
}

export interface FlagFilter {
  status?: FlagStatus;
  kind?: FlagKind;
  zone?: string;
  provider?: number;
  limit: number;
}

function withProviderName(db: Db) {
  return db('role_review_flags as f')
    .join('providers as p', 'p.id', 'f.provider_id')
    .select('f.*', 'p.name as provider_name');
}

/** Flags matching the filter, newest first, with the provider's name. */
export async function flagRows(db: Db, filter: FlagFilter): Promise<FlagRow[]> {
  return (await withProviderName(db)
    .modify((q) => {
      if (filter.status) q.where('f.status', filter.status);
      if (filter.kind) q.where('f.kind', filter.kind);
      if (filter.zone) q.where('f.zone_id', filter.zone);
      if (filter.provider) q.where('f.provider_id', filter.provider);
    })
    .orderBy('f.id', 'desc')
    .limit(filter.limit)) as FlagRow[];
}

/** One flag with the provider's name (`named`), or as stored. */
export async function flagRow(db: Db, id: number, options: { named: boolean }): Promise<FlagRow | undefined> {
  const query = options.named
    ? withProviderName(db).where('f.id', id)
    : db('role_review_flags').where({ id });
  return (await query.first()) as FlagRow | undefined;
}

export async function hasOpenFlag(
  db: Db,
  flag: { providerId: number; zoneId: string; kind: FlagKind },
): Promise<boolean> {
  const open = await db('role_review_flags')
    .where({ provider_id: flag.providerId, zone_id: flag.zoneId, kind: flag.kind, status: 'open' })
    .first('id');
  return open !== undefined;
}

/** A new flag: no decision yet; who raised it by hand, if anyone. */
type Decided = 'decided_at' | 'decided_by' | 'decision_reason' | 'decision_evidence' | 'decision_comment';
type NewFlag = Omit<FlagRow, 'id' | Decided | 'raised_by' | 'raise_comment'> &
  Partial<Pick<FlagRow, 'raised_by' | 'raise_comment'>>;

/** Inserts a flag unless one for the same review month exists; its id, or null. */
export async function insertFlag(db: Db, row: NewFlag) {
  const inserted = await db('role_review_flags')
    .insert(row)
    .onConflict(['provider_id', 'zone_id', 'kind', 'review_month'])
    .ignore()
    .returning('id');
  const first = inserted[0] as { id: number } | undefined;
  return first ? Number(first.id) : null;
}

export interface FlagDecision {
  status: FlagStatus;
  reason: DecisionReason;
  evidence: string;
  comment: string;
  at: number;
  by: number | null;
}

/** Moves an open flag to its decision; false when it was no longer open (someone else decided it). */
export async function markDecided(db: Db, id: number, decision: FlagDecision): Promise<boolean> {
  const updated = await db('role_review_flags').where({ id, status: 'open' }).update({
    status: decision.status,
    decided_at: decision.at,
    decided_by: decision.by,
    decision_reason: decision.reason,
    decision_evidence: decision.evidence,
    decision_comment: decision.comment,
  });
  return updated === 1;
}

export async function providerStatus(db: Db, providerId: number): Promise<string | undefined> {
  const provider = await db('providers').where({ id: providerId }).first('status');
  return provider?.status as string | undefined;
}

/** Active primes per zone (docs/specification/providers-and-framework.md §4.5). */
export async function activePrimesByZone(db: Db): Promise<Map<string, number>> {
  const counts: { zone_id: string; n: number }[] = await db('provider_zone_roles as r')
    .join('providers as p', 'p.id', 'r.provider_id')
    .where({ 'r.role': 'prime', 'p.status': 'active' })
    // A prime rated Inadequate takes no offers, so it does not hold up the zone's minimum (docs/cqc-ratings.md).
    .whereNot('p.cqc_overall', 'inadequate')
    .groupBy('r.zone_id')
    .select('r.zone_id', db.raw('count(*) as n'));
  return new Map(counts.map((c) => [c.zone_id, Number(c.n)]));
}

export async function zoneRole(db: Db, providerId: number, zoneId: string): Promise<string | undefined> {
  const row = await db('provider_zone_roles')
    .where({ provider_id: providerId, zone_id: zoneId })
    .first('role');
  return row?.role as string | undefined;
}

export async function setZoneRole(
  db: Db,
  change: { providerId: number; zoneId: string; role: string; since: number },
) {
  await db('provider_zone_roles')
    .where({ provider_id: change.providerId, zone_id: change.zoneId })
    .update({ role: change.role, since: change.since });
}

/** The roles of every provider that has not exited the framework. */
export async function reviewableRoles(
  db: Db,
): Promise<{ providerId: number; zoneId: string; role: 'prime' | 'supplementary' }[]> {
  const rows: { provider_id: number; zone_id: string; role: 'prime' | 'supplementary' }[] = await db(
    'provider_zone_roles as r',
  )
    .join('providers as p', 'p.id', 'r.provider_id')
    .whereNot('p.status', 'exited')
    .select('r.provider_id', 'r.zone_id', 'r.role');
  return rows.map((r) => ({ providerId: Number(r.provider_id), zoneId: r.zone_id, role: r.role }));
}

/** Offers sent in the period per provider and zone. */
export async function offersSent(
  db: Db,
  period: Period,
): Promise<{ providerId: number; zoneId: string; offers: number }[]> {
  const rows: { provider_id: number; zone_id: string; n: number }[] = await db('offers')
    .where('sent_at', '>=', period.from)
    .where('sent_at', '<', period.to)
    .groupBy('provider_id', 'zone_id')
    .select('provider_id', 'zone_id', db.raw('count(*) as n'));
  return rows.map((r) => ({ providerId: Number(r.provider_id), zoneId: r.zone_id, offers: Number(r.n) }));
}
