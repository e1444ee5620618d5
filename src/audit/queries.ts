import type { Db } from '../db/connect';

export interface AuditEvent {
  id: number;
  at: string;
  actor: { userId: number | null; role: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

interface AuditRow {
  id: number;
  at: number;
  actor_user_id: number | null;
  actor_role: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

export async function listAuditEvents(
  db: Db,
  filter: { entityType: string; entityId?: string; limit: number; beforeId?: number },
): Promise<AuditEvent[]> {
  const rows: AuditRow[] = await db('audit_events')
    .where('entity_type', filter.entityType)
    .modify((q) => {
      if (filter.entityId !== undefined) q.where('entity_id', filter.entityId);
      if (filter.beforeId !== undefined) q.where('id', '<', filter.beforeId);
    })
    .orderBy('id', 'desc')
    .limit(filter.limit);
  return rows.map((row) => ({
    id: row.id,
    at: new Date(row.at).toISOString(),
    actor: { userId: row.actor_user_id, role: row.actor_role },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    requestId: row.request_id,
  }));
}
