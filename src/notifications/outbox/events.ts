/**
 * The outbox in two stages. A state change writes one row per event to `outbox_events` in its own
 * transaction (`recordEvent`): one small insert, whatever the number of recipients, so an intake pays
 * for a row, not a fan-out. An event that rolls back leaves nothing; a committed one stays until the
 * delivery worker fans it out (`fanOutDue`, kicked after the commit and run every minute): in a
 * transaction of its own it claims a batch of events, writes their messages to `outbox_messages`, and
 * marks them done, so a crash before the commit leaves the events to the next run. Recipients and their
 * choices are resolved then, not when the event happened (src/notifications/outbox/recipients.ts).
 */
import type { Knex } from 'knex';
import { skippingLocked } from '../../db/dialect';
import type { Config } from '../../config';
import { crashPoint } from '../../test-hooks';
import { payloadWithoutSecrets } from '../secrets';
import { insertMessages, messagesOf, type FanOut } from './recipients';

type Trx = Knex | Knex.Transaction;

export interface OutboxEvent {
  /** The domain event (offers.sent, package.awarded…). */
  type: string;
  /** What every message of the event says: never the person's reference, postcode or coordinates. */
  payload: object;
  /** Each kind of message the event sends, and to whom. */
  messages: FanOut[];
}

/** Writes the event in the caller's transaction (the intake's, the sweep's…). */
export async function recordEvent(trx: Trx, event: OutboxEvent, now: number): Promise<void> {
  await recordEvents(trx, [event], now);
}

/** Rows per insert: well under SQLite's bound-parameter limit at 4 columns a row. */
const INSERT_BATCH = 500;

/** Writes several events in the caller's transaction, in order, in as few inserts as it can. */
export async function recordEvents(trx: Trx, events: readonly OutboxEvent[], now: number): Promise<void> {
  const rows = events.map((event) => ({
    type: event.type,
    payload_json: JSON.stringify(event.payload),
    fan_out_json: JSON.stringify(event.messages),
    created_at: now,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await trx('outbox_events').insert(rows.slice(i, i + INSERT_BATCH));
  }
}

interface EventRow {
  id: number;
  type: string;
  payload_json: string;
  fan_out_json: string;
  created_at: number;
}

/** Events per transaction: one INSERT … SELECT writes the messages of all of them. */
const BATCH = 50;

/**
 * Claims up to BATCH events not yet fanned out and writes their messages, in one transaction. The claim
 * is a conditional update (still not fanned out), which PostgreSQL checks under each row's lock and
 * SQLite under its single writer; on PostgreSQL the events another worker holds are skipped, not waited
 * for. The messages' idempotency keys are unique, so even an event fanned out twice writes each once.
 */
async function fanOutBatch(db: Knex, now: number, hooks?: Pick<Config, 'testHooks'>): Promise<number> {
  return db.transaction(async (trx) => {
    const due = trx('outbox_events').whereNull('fanned_out_at').orderBy('id').limit(BATCH).select('id');
    const claimed: EventRow[] = await trx('outbox_events')
      .whereNull('fanned_out_at')
      .whereIn('id', skippingLocked(trx, due))
      .update({ fanned_out_at: now }, ['id', 'type', 'payload_json', 'fan_out_json', 'created_at']);
    if (claimed.length === 0) return 0;
    claimed.sort((a, b) => Number(a.id) - Number(b.id));
    await insertMessages(
      trx,
      claimed.flatMap((row) =>
        (JSON.parse(row.fan_out_json) as FanOut[]).flatMap((fanOut) =>
          messagesOf(fanOut, { payloadJson: row.payload_json, at: Number(row.created_at) }),
        ),
      ),
    );
    await dropEventSecrets(trx, claimed);
    // A kill here (the crash proof) rolls the fan-out back: the events wait for the next run.
    if (hooks) crashPoint(hooks, 'fan-out-mid');
    return claimed.length;
  });
}

/** Fans out every event waiting at `now`; returns how many. */
export async function fanOutDue(db: Knex, now: number, hooks?: Pick<Config, 'testHooks'>): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await fanOutBatch(db, now, hooks);
    total += done;
    if (done < BATCH) return total;
  }
}

/** The event's copy of a secret is not needed once its messages hold it (src/notifications/secrets.ts). */
async function dropEventSecrets(trx: Knex.Transaction, claimed: EventRow[]): Promise<void> {
  for (const row of claimed) {
    const kept = payloadWithoutSecrets(row.type, JSON.parse(row.payload_json) as Record<string, unknown>);
    if (kept !== undefined) await trx('outbox_events').where({ id: row.id }).update({ payload_json: kept });
  }
}
