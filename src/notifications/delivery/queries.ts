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
  // Runs beside this one may pick the same due ids: the conditional update gives each message to one of
  // them, and a run that lost some picks again from what is still due, so the runs share a burst
  // instead of the losers finding nothing and leaving the rest to the winner's next batch.
  let claimed = 0;
  while (claimed < limit) {
    const ids: number[] = await due(db('outbox_messages').whereIn('channel', channels), now)
      .orderBy('next_attempt_at')
      .limit(limit - claimed)
      .pluck('id');
    if (ids.length === 0) break;
    const got = await due(db('outbox_messages').whereIn('id', ids), now).update({
      status: 'sending',
      claimed_by: claim,
      claimed_until: now + request.leaseMs,
      attempts: db.raw('attempts + 1'),
    });
    claimed += got;
    if (got === ids.length) break;
  }
  if (claimed === 0) return [];
  const rows: MessageRow[] = await db('outbox_messages').where({ claimed_by: claim, status: 'sending' });
  return rows.map(toOutgoing);
}

export interface AttemptRecord {
  messageId: number;
  /** The worker run that claimed the message: its outcome is recorded only while that run still holds it. */
  claim: string;
  at: number;
  outcome: 'sent' | 'failed';
  responseStatus?: number | undefined;
  latencyMs: number;
  error?: string | undefined;
  /** Sent: replaces the stored payload (the payload without its secrets). */
  payloadAfter?: string | undefined;
  /** Failed: back to pending at this instant, or (null) a dead letter. */
  retryAt?: number | null;
}

const attemptRow = (a: AttemptRecord) => ({
  message_id: a.messageId,
  attempted_at: a.at,
  outcome: a.outcome,
  response_status: a.responseStatus ?? null,
  latency_ms: Math.round(a.latencyMs),
  error: a.error?.slice(0, 1000) ?? null,
});

/** The message's new state after an attempt: sent, back to pending at its retry time, or dead. */
function stateAfter(attempt: AttemptRecord): Record<string, unknown> {
  const released = { claimed_by: null, claimed_until: null };
  if (attempt.outcome === 'sent') {
    return {
      ...released,
      status: 'sent',
      sent_at: attempt.at,
      last_error: null,
      // A secret the message carried (src/notifications/secrets.ts) is dropped once it has gone.
      ...(attempt.payloadAfter === undefined ? {} : { payload_json: attempt.payloadAfter }),
    };
  }
  const retryAt = attempt.retryAt ?? null;
  return {
    ...released,
    status: retryAt === null ? 'dead' : 'pending',
    next_attempt_at: retryAt ?? attempt.at,
    last_error: attempt.error?.slice(0, 1000) ?? null,
  };
}

/**
 * Records attempts and their outcomes in one transaction, so the log and the state agree: each message's
 * new state (only where its run still holds it) and one insert of the attempts. The delivery worker
 * records a batch of messages at a time (src/notifications/delivery/coalesce.ts): one commit for many.
 */
export async function recordAttempts(db: Knex, attempts: readonly AttemptRecord[]): Promise<void> {
  if (attempts.length === 0) return;
  await db.transaction(async (trx) => {
    await together(
      trx,
      attempts.map(
        (a) => () =>
          trx('outbox_messages').where({ id: a.messageId, claimed_by: a.claim }).update(stateAfter(a)),
      ),
    );
    await trx('outbox_attempts').insert(attempts.map(attemptRow));
  });
}
