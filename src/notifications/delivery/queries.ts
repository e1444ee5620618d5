/**
 * The delivery worker's SQL: claiming due messages, recording each attempt and its outcome. A message
 * is claimed by a conditional update (pending and due, or sending with its lease run out), which
 * PostgreSQL evaluates row by row under the row lock and SQLite under its single writer, so several
 * instances on one database never claim the same message at once; the same SQL on both engines.
 */
import type { Knex } from 'knex';
import { together, toBool } from '../../db/dialect';
import type { OutgoingMessage } from './outcome';

export interface MessageRow {
  id: number;
  channel: 'email' | 'webhook';
  recipient: string;
  kind: string;
  provider_id: number | null;
  user_id: number | null;
  endpoint_id: number | null;
  subject_id: number | null;
  urgent: unknown;
  payload_json: string;
  idempotency_key: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  claimed_by: string | null;
  claimed_until: number | null;
  last_error: string | null;
  digest_id: number | null;
  created_at: number;
  sent_at: number | null;
}

export function toOutgoing(row: MessageRow): OutgoingMessage {
  return {
    id: Number(row.id),
    channel: row.channel,
    recipient: row.recipient,
    kind: row.kind,
    providerId: row.provider_id === null ? null : Number(row.provider_id),
    userId: row.user_id === null ? null : Number(row.user_id),
    endpointId: row.endpoint_id === null ? null : Number(row.endpoint_id),
    subjectId: row.subject_id === null ? null : Number(row.subject_id),
    urgent: toBool(row.urgent),
    payload: JSON.parse(row.payload_json) as Record<string, unknown>,
    idempotencyKey: row.idempotency_key,
    attempts: Number(row.attempts),
    createdAt: Number(row.created_at),
  };
}

/** Due now: pending and its time has come, or claimed by a worker whose lease ran out (it crashed). */
function due(query: Knex.QueryBuilder, now: number): Knex.QueryBuilder {
  return query.where((q) =>
    q
      .where((p) => p.where('status', 'pending').where('next_attempt_at', '<=', now))
      .orWhere((s) => s.where('status', 'sending').where('claimed_until', '<', now)),
  );
}

/**
 * Claims up to `limit` due messages of the given channels for one worker run (`claim`, unique per
 * run), counting the attempt; returns those this run got.
 */
export async function claimDue(
  db: Knex,
  request: { now: number; claim: string; leaseMs: number; channels: readonly string[]; limit: number },
): Promise<OutgoingMessage[]> {
  const { now, claim, channels, limit } = request;
  if (channels.length === 0) return [];
  const ids: number[] = await due(db('outbox_messages').whereIn('channel', channels), now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .pluck('id');
  if (ids.length === 0) return [];
  await due(db('outbox_messages').whereIn('id', ids), now).update({
    status: 'sending',
    claimed_by: claim,
    claimed_until: now + request.leaseMs,
    attempts: db.raw('attempts + 1'),
  });
  const rows: MessageRow[] = await db('outbox_messages').where({ claimed_by: claim, status: 'sending' });
  return rows.map(toOutgoing);
}

export interface AttemptRecord {
  messageId: number;
  claim: string;
  at: number;
  outcome: 'sent' | 'failed';
  responseStatus?: number;
  latencyMs: number;
  error?: string;
}

const attemptRow = (a: AttemptRecord) => ({
  message_id: a.messageId,
  attempted_at: a.at,
  outcome: a.outcome,
  response_status: a.responseStatus ?? null,
  latency_ms: Math.round(a.latencyMs),
  error: a.error?.slice(0, 1000) ?? null,
});

/**
 * Records a sent message (only if this run still holds it), and the attempt; one transaction, so the
 * log and the state agree. `payloadAfter` replaces the stored payload (the payload without its secrets).
 */
export async function markSent(
  db: Knex,
  attempt: AttemptRecord & { payloadAfter?: string | undefined },
): Promise<void> {
  await db.transaction((trx) =>
    together(trx, [
      () =>
        trx('outbox_messages')
          .where({ id: attempt.messageId, claimed_by: attempt.claim })
          .update({
            status: 'sent',
            sent_at: attempt.at,
            claimed_by: null,
            claimed_until: null,
            last_error: null,
            // A secret the message carried (src/notifications/secrets.ts) is dropped once it has gone.
            ...(attempt.payloadAfter === undefined ? {} : { payload_json: attempt.payloadAfter }),
          }),
      () => trx('outbox_attempts').insert(attemptRow(attempt)),
    ]),
  );
}

/** Records a failed attempt: back to pending at `retryAt`, or a dead letter. */
export async function markFailed(
  db: Knex,
  attempt: AttemptRecord & { retryAt: number | null },
): Promise<void> {
  await db.transaction((trx) =>
    together(trx, [
      () =>
        trx('outbox_messages')
          .where({ id: attempt.messageId, claimed_by: attempt.claim })
          .update({
            status: attempt.retryAt === null ? 'dead' : 'pending',
            next_attempt_at: attempt.retryAt ?? attempt.at,
            claimed_by: null,
            claimed_until: null,
            last_error: attempt.error?.slice(0, 1000) ?? null,
          }),
      () => trx('outbox_attempts').insert(attemptRow(attempt)),
    ]),
  );
}
