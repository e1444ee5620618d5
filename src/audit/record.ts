import type { Knex } from 'knex';
import type { Actor } from '../auth/roles';
import type { Queryable } from '../db/connect';
import type { OTHER_AUDIT_ENTITIES, OtherAuditAction, PackageAuditAction } from './actions';

/** One audit row: a package takes a package action, every other record one of the other actions. */
export type AuditEntry = {
  entityId: string | number;
  before?: unknown;
  after?: unknown;
} & (
  | { entityType: 'package'; action: PackageAuditAction }
  | { entityType: (typeof OTHER_AUDIT_ENTITIES)[number]; action: OtherAuditAction }
);

/** The audit rows held back in a transaction that batches them (batchingAudits), in the order recorded. */
const heldBack = new WeakMap<Queryable, ReturnType<typeof auditRow>[]>();

/**
 * Appends one audit event. Pass the transaction of the change it records, so that the change
 * and its audit row commit or roll back together. Inside batchingAudits the row is held and
 * written with the transaction's others in one insert.
 */
export async function recordAudit(trx: Queryable, actor: Actor, at: number, entry: AuditEntry) {
  const held = heldBack.get(trx);
  if (held) held.push(auditRow(actor, at, entry));
  else await trx('audit_events').insert(auditRow(actor, at, entry));
}

/**
 * Runs a command's work with every audit row it records held back, then writes them in one insert
 * (in the order recorded, so their ids keep that order) before the transaction commits: an intake's
 * package.create and round.open rows cost one statement, not one each. Nothing may read
 * audit_events inside `work` (no command does: the trail is read by the audit page and reports).
 * Nested calls on the same transaction join the outer batch.
 */
export async function batchingAudits<T>(trx: Knex.Transaction, work: () => Promise<T>): Promise<T> {
  if (heldBack.has(trx)) return work();
  const held: ReturnType<typeof auditRow>[] = [];
  heldBack.set(trx, held);
  let result: T;
  try {
    result = await work();
  } finally {
    heldBack.delete(trx);
  }
  await insertAuditRows(trx, held);
  return result;
}

/** Rows per insert: well under SQLite's 32,766 bound parameters at 9 columns a row. */
const AUDIT_BATCH = 500;

/** Many audit events at once (an import's rows): the same rows as recordAudit, inserted in batches. */
export async function recordAudits(trx: Queryable, actor: Actor, at: number, entries: readonly AuditEntry[]) {
  const rows = entries.map((e) => auditRow(actor, at, e));
  const held = heldBack.get(trx);
  if (held) held.push(...rows);
  else await insertAuditRows(trx, rows);
}

async function insertAuditRows(trx: Queryable, rows: readonly ReturnType<typeof auditRow>[]) {
  for (let i = 0; i < rows.length; i += AUDIT_BATCH) {
    await trx('audit_events').insert(rows.slice(i, i + AUDIT_BATCH));
  }
}

function auditRow(actor: Actor, at: number, entry: AuditEntry) {
  return {
    at,
    actor_user_id: actor.userId,
    actor_role: actor.role,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: String(entry.entityId),
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: actor.requestId,
  };
}
