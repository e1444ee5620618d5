import type { Knex } from 'knex';
import type { WebhookEvent } from '../notifications/kinds';

type Queryable = Knex | Knex.Transaction;

const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();

export interface EndpointRow {
  id: number;
  provider_id: number;
  url: string;
  events_json: string;
  status: 'active' | 'disabled';
  failing_since: number | null;
  disabled_at: number | null;
  created_at: number;
}

export function endpointView(row: EndpointRow) {
  return {
    id: Number(row.id),
    url: row.url,
    events: JSON.parse(row.events_json) as WebhookEvent[],
    status: row.status,
    failingSince: iso(row.failing_since),
    disabledAt: iso(row.disabled_at),
    createdAt: iso(row.created_at)!,
  };
}

const COLUMNS = [
  'id',
  'provider_id',
  'url',
  'events_json',
  'status',
  'failing_since',
  'disabled_at',
  'created_at',
];

/** A provider's endpoints, newest first (removed ones are gone). */
export async function listEndpoints(db: Queryable, providerId: number): Promise<EndpointRow[]> {
  return db('webhook_endpoints')
    .where({ provider_id: providerId })
    .whereNull('deleted_at')
    .orderBy('id', 'desc')
    .select(COLUMNS);
}

/** One endpoint of one provider: another provider's endpoint is not found, exactly like a missing one. */
export async function findEndpoint(
  db: Queryable,
  owner: { providerId: number; id: number },
): Promise<EndpointRow | undefined> {
  return db('webhook_endpoints')
    .where({ id: owner.id, provider_id: owner.providerId })
    .whereNull('deleted_at')
    .first(COLUMNS);
}

interface DeliveryRow {
  id: number;
  kind: string;
  idempotency_key: string;
  status: 'pending' | 'sending' | 'sent' | 'dead';
  attempts: number;
  created_at: number;
  sent_at: number | null;
  next_attempt_at: number;
  last_error: string | null;
}

/** The delivery log of an endpoint: each delivery with its latest attempt (status code and latency). */
export async function endpointDeliveries(
  db: Queryable,
  filter: { endpointId: number; status?: string; id?: number; limit: number },
) {
  const rows: DeliveryRow[] = await db('outbox_messages')
    .where({ channel: 'webhook', endpoint_id: filter.endpointId })
    .modify((q) => {
      if (filter.status) q.where({ status: filter.status });
      if (filter.id !== undefined) q.where({ id: filter.id });
    })
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .select(
      'id',
      'kind',
      'idempotency_key',
      'status',
      'attempts',
      'created_at',
      'sent_at',
      'next_attempt_at',
      'last_error',
    );
  const latest = await latestAttempts(
    db,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => {
    const attempt = latest.get(Number(r.id));
    return {
      id: Number(r.id),
      event: r.kind,
      webhookId: r.idempotency_key,
      status: r.status,
      attempts: Number(r.attempts),
      createdAt: iso(r.created_at)!,
      sentAt: iso(r.sent_at),
      nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
      lastError: r.last_error,
      lastAttempt: attempt
        ? {
            at: iso(attempt.attempted_at)!,
            outcome: attempt.outcome,
            responseStatus: attempt.response_status === null ? null : Number(attempt.response_status),
            latencyMs: Number(attempt.latency_ms),
          }
        : null,
    };
  });
}

interface AttemptRow {
  message_id: number;
  attempted_at: number;
  outcome: 'sent' | 'failed';
  response_status: number | null;
  latency_ms: number;
}

/** The latest attempt of each message, by message id. */
export async function latestAttempts(db: Queryable, messageIds: number[]): Promise<Map<number, AttemptRow>> {
  if (messageIds.length === 0) return new Map();
  const rows: AttemptRow[] = await db('outbox_attempts')
    .whereIn('message_id', messageIds)
    .orderBy('id')
    .select('message_id', 'attempted_at', 'outcome', 'response_status', 'latency_ms');
  return new Map(rows.map((r) => [Number(r.message_id), r]));
}
