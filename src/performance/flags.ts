/**
 * Reading, confirming and dismissing promotion/demotion flags. The role changes only on
 * confirmation, in the same transaction as the flag and both audit rows.
 */
import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { Db } from '../db/connect';
import { toBool } from '../db/dialect';
import { Conflict, NotFound, Unprocessable } from '../http/errors';
import type { DecisionReason, FlagKind, FlagStatus } from './model';
import { coverageAfterDemotion, primeCoverage } from './review-run';

type Queryable = Knex | Knex.Transaction;

interface FlagRow {
  id: number;
  provider_id: number;
  zone_id: string;
  kind: FlagKind;
  from_role: string;
  to_role: string;
  review_month: string;
  period_from: string;
  period_to: string;
  evidence_json: string;
  below_min_primes: boolean | number;
  status: FlagStatus;
  raised_at: number;
  decided_at: number | null;
  decided_by: number | null;
  decision_reason: string | null;
  provider_name?: string;
  zone_name?: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

function flagView(r: FlagRow) {
  return {
    id: Number(r.id),
    provider: { id: Number(r.provider_id), name: r.provider_name ?? null },
    zone: { id: r.zone_id, name: r.zone_name ?? null },
    kind: r.kind,
    fromRole: r.from_role,
    toRole: r.to_role,
    reviewMonth: r.review_month,
    period: { from: r.period_from, to: r.period_to },
    belowMinPrimes: toBool(r.below_min_primes),
    evidence: JSON.parse(r.evidence_json) as Record<string, unknown>,
    status: r.status,
    raisedAt: iso(r.raised_at),
    decision:
      r.decided_at === null ? null : { at: iso(r.decided_at), by: r.decided_by, reason: r.decision_reason },
  };
}

function flagsQuery(db: Queryable) {
  return db('role_review_flags as f')
    .join('providers as p', 'p.id', 'f.provider_id')
    .join('zones as z', 'z.id', 'f.zone_id')
    .select('f.*', 'p.name as provider_name', 'z.name as zone_name');
}

export async function listFlags(
  db: Queryable,
  filter: { status?: FlagStatus; kind?: FlagKind; zone?: string; provider?: number; limit: number },
) {
  const rows = (await flagsQuery(db)
    .modify((q) => {
      if (filter.status) q.where('f.status', filter.status);
      if (filter.kind) q.where('f.kind', filter.kind);
      if (filter.zone) q.where('f.zone_id', filter.zone);
      if (filter.provider) q.where('f.provider_id', filter.provider);
    })
    .orderBy('f.id', 'desc')
    .limit(filter.limit)) as FlagRow[];
  return rows.map(flagView);
}

/** A flag with the zone's prime coverage as it is now (it may have changed since the flag was raised). */
export async function getFlag(db: Queryable, id: number) {
  const row = (await flagsQuery(db).where('f.id', id).first()) as FlagRow | undefined;
  if (!row) throw new NotFound('flag-not-found', `No review flag ${id}.`);
  const view = flagView(row);
  if (row.kind !== 'demotion') return { ...view, coverageNow: null };
  const facts = (await primeCoverage(db)).get(row.zone_id);
  const provider = await db('providers').where({ id: row.provider_id }).first('status');
  return { ...view, coverageNow: facts ? coverageAfterDemotion(facts, provider?.status === 'active') : null };
}

export async function confirmFlag(
  db: Db,
  actor: Actor,
  id: number,
  input: { reason: DecisionReason; acknowledgeBelowMinPrimes: boolean },
  now: number,
) {
  await db.transaction(async (trx) => {
    const flag = await openFlag(trx, id);
    const role = await trx('provider_zone_roles')
      .where({ provider_id: flag.provider_id, zone_id: flag.zone_id })
      .first('role');
    if (!role || role.role !== flag.from_role) {
      throw new Conflict(
        'role-changed',
        `The provider is no longer ${flag.from_role} in ${flag.zone_id}; dismiss the flag.`,
        {
          currentRole: role?.role ?? null,
        },
      );
    }
    if (flag.kind === 'demotion') {
      const facts = (await primeCoverage(trx)).get(flag.zone_id);
      const provider = await trx('providers').where({ id: flag.provider_id }).first('status');
      const coverage = facts ? coverageAfterDemotion(facts, provider?.status === 'active') : null;
      // domain.md §4.1 rule 7: at least 2 primes per zone; the admin may still decide, knowingly.
      if (coverage?.belowMinPrimes && !input.acknowledgeBelowMinPrimes) {
        throw new Unprocessable(
          'below-min-primes',
          `Demoting would leave ${flag.zone_id} with ${coverage.primesAfter} active primes, below its minimum of ${coverage.minPrimes}; confirm again with acknowledgeBelowMinPrimes: true.`,
          { coverage },
        );
      }
    }
    await decide(trx, actor, flag, 'confirmed', input.reason, now);
    await trx('provider_zone_roles')
      .where({ provider_id: flag.provider_id, zone_id: flag.zone_id })
      .update({ role: flag.to_role, since: now });
    await recordAudit(trx, actor, now, {
      action: 'provider.zone-role.set',
      entityType: 'provider',
      entityId: flag.provider_id,
      before: { zoneId: flag.zone_id, role: flag.from_role },
      after: { zoneId: flag.zone_id, role: flag.to_role, reason: `review flag ${flag.id}: ${input.reason}` },
    });
  });
  return getFlag(db, id);
}

export async function dismissFlag(db: Db, actor: Actor, id: number, reason: DecisionReason, now: number) {
  await db.transaction(async (trx) => {
    const flag = await openFlag(trx, id);
    await decide(trx, actor, flag, 'dismissed', reason, now);
  });
  return getFlag(db, id);
}

async function openFlag(trx: Knex.Transaction, id: number): Promise<FlagRow> {
  const flag = (await trx('role_review_flags').where({ id }).first()) as FlagRow | undefined;
  if (!flag) throw new NotFound('flag-not-found', `No review flag ${id}.`);
  if (flag.status !== 'open') {
    throw new Conflict('flag-already-decided', `Review flag ${id} is already ${flag.status}.`, {
      flagStatus: flag.status,
    });
  }
  return flag;
}

/** The conditional update decides a race between two admins: only one moves the flag from open. */
async function decide(
  trx: Knex.Transaction,
  actor: Actor,
  flag: FlagRow,
  status: FlagStatus,
  reason: DecisionReason,
  now: number,
) {
  const updated = await trx('role_review_flags')
    .where({ id: flag.id, status: 'open' })
    .update({ status, decided_at: now, decided_by: actor.userId, decision_reason: reason });
  if (updated !== 1)
    throw new Conflict('flag-already-decided', `Review flag ${flag.id} was decided by someone else.`);
  await recordAudit(trx, actor, now, {
    action: `review-flag.${status === 'confirmed' ? 'confirm' : 'dismiss'}`,
    entityType: 'review-flag',
    entityId: flag.id,
    before: { status: 'open' },
    after: { status, reason, providerId: Number(flag.provider_id), zoneId: flag.zone_id, kind: flag.kind },
  });
}
