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
  await trx('audit_events').insert({
    at,
    actor_user_id: actor.userId,
    actor_role: actor.role,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: String(entry.entityId),
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    request_id: actor.requestId,
  });
}
