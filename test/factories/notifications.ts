/** Rows of the notification outbox, for pages that show messages in a given state. */
import type { Db } from '../../src/db/connect';

let sequence = 0;

export interface OutboxMessageSpec {
  recipient: string;
  kind: string;
  /** What the message says (the facts of src/notifications/payloads.ts). */
  payload: object;
  providerId?: number | null;
  subjectId?: number | null;
  urgent?: boolean;
  status?: 'held' | 'pending' | 'sending' | 'sent' | 'dead';
  attempts?: number;
  lastError?: string | null;
  at: number;
}

/** An email in the outbox (pending unless given), with an idempotency key of its own; returns its id. */
export async function buildOutboxMessage(db: Db, spec: OutboxMessageSpec): Promise<number> {
  sequence += 1;
  const [row] = await db('outbox_messages').insert(
    {
      channel: 'email',
      recipient: spec.recipient,
      kind: spec.kind,
      provider_id: spec.providerId ?? null,
      subject_id: spec.subjectId ?? null,
      urgent: spec.urgent ?? false,
      payload_json: JSON.stringify(spec.payload),
      idempotency_key: `test:${spec.kind}:${sequence}`,
      status: spec.status ?? 'pending',
      attempts: spec.attempts ?? 0,
      next_attempt_at: spec.at,
      last_error: spec.lastError ?? null,
      created_at: spec.at,
    },
    ['id'],
  );
  return Number((row as { id: number }).id);
}
