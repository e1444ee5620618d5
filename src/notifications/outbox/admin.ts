import type { Knex } from 'knex';
import { webhookDocument } from '../../webhooks/payload';
import { toOutgoing, type MessageRow } from '../delivery/queries';
import { renderEmail } from '../render/email';

type Queryable = Knex | Knex.Transaction;

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export const MESSAGE_STATUSES = ['held', 'pending', 'sending', 'sent', 'dead', 'digested'] as const;

export interface OutboxFilter {
  status?: (typeof MESSAGE_STATUSES)[number];
  channel?: 'email' | 'webhook';
  kind?: string;
  limit: number;
  /** Messages with an id below this (the next page). */
  before?: number;
}

function summary(row: MessageRow) {
  return {
    id: Number(row.id),
    channel: row.channel,
    recipient: row.recipient,
    kind: row.kind,
    // The column holds only these (the outbox's writers set no other).
    status: row.status as (typeof MESSAGE_STATUSES)[number],
    attempts: Number(row.attempts),
    createdAt: iso(row.created_at)!,
    sentAt: iso(row.sent_at),
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    lastError: row.last_error,
  };
}

/** Every message of the outbox, newest first, with its delivery state (the admin's view). */
export async function listMessages(db: Queryable, filter: OutboxFilter) {
  const rows: MessageRow[] = await db('outbox_messages')
    .modify((q) => {
      if (filter.status) q.where({ status: filter.status });
      if (filter.channel) q.where({ channel: filter.channel });
      if (filter.kind) q.where({ kind: filter.kind });
      if (filter.before) q.where('id', '<', filter.before);
    })
    .orderBy('id', 'desc')
    .limit(filter.limit);
  return rows.map(summary);
}

/** Counts by status, for the viewer's headings. */
export async function countByStatus(db: Queryable): Promise<Record<string, number>> {
  const rows: { status: string; n: number }[] = await db('outbox_messages')
    .groupBy('status')
    .select('status', db.raw('count(*) as n'));
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** One message as it is sent: the email's subject and text, or the webhook's JSON, and every attempt. */
export async function messageDetail(db: Queryable, id: number, baseUrl: string) {
  const row: MessageRow | undefined = await db('outbox_messages').where({ id }).first();
  if (!row) return undefined;
  const message = toOutgoing(row);
  const rendered =
    message.channel === 'email'
      ? { email: renderEmail(message, baseUrl) }
      : { webhook: JSON.stringify(webhookDocument(message, baseUrl, message.createdAt), null, 2) };
  const attempts: {
    attempted_at: number;
    outcome: string;
    response_status: number | null;
    latency_ms: number;
    error: string | null;
  }[] = await db('outbox_attempts').where({ message_id: id }).orderBy('id').select();
  return {
    ...summary(row),
    idempotencyKey: row.idempotency_key,
    digestId: row.digest_id === null ? null : Number(row.digest_id),
    subject: rendered.email?.subject ?? null,
    text: rendered.email?.body ?? rendered.webhook ?? '',
    attemptLog: attempts.map((a) => ({
      at: iso(a.attempted_at)!,
      outcome: a.outcome,
      responseStatus: a.response_status === null ? null : Number(a.response_status),
      latencyMs: Number(a.latency_ms),
      error: a.error,
    })),
  };
}
