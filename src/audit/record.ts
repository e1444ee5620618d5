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

/**
 * Appends one audit event. Pass the transaction of the change it records, so that the change
 * and its audit row commit or roll back together.
 */
export async function recordAudit(trx: Queryable, actor: Actor, at: number, entry: AuditEntry) {
  await trx('audit_events').insert(auditRow(actor, at, entry));
}

/** Rows per insert: well under SQLite's 32,766 bound parameters at 9 columns a row. */
const AUDIT_BATCH = 500;

/** Many audit events at once (an import's rows): the same rows as recordAudit, inserted in batches. */
export async function recordAudits(trx: Queryable, actor: Actor, at: number, entries: readonly AuditEntry[]) {
  for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
    await trx('audit_events').insert(entries.slice(i, i + AUDIT_BATCH).map((e) => auditRow(actor, at, e)));
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
