import type { Knex } from 'knex';
import { notifyAll, type NotifyEvent } from '../notify';

/**
 * Conditions told once: an offer's closing window, a stale declaration, care not started. The mark
 * keeps a check from finding the same condition again; the outbox's idempotency key keeps two
 * instances running the same check from sending it twice.
 */
export async function markTold(trx: Knex | Knex.Transaction, keys: string[], now: number): Promise<void> {
  if (keys.length === 0) return;
  await trx('notification_marks')
    .insert(keys.map((key) => ({ key, at: now })))
    .onConflict('key')
    .ignore();
}

/** `where not exists` a mark `prefix:<column>` (the SQL is the same on both engines). */
export function notToldYet(query: Knex.QueryBuilder, prefix: string, column: string): Knex.QueryBuilder {
  return query.whereNotExists(function marked(this: Knex.QueryBuilder) {
    this.select(1)
      .from('notification_marks as nm')
      .whereRaw(`nm.key = cast(? as varchar(200)) || cast(${column} as varchar(40))`, [`${prefix}:`]);
  });
}

/**
 * Tells each of a check's new findings once, all in one transaction: their marks in one insert, their
 * events in another (in order). `events` is given the transaction, for the reads the events need.
 */
export async function toldOnce(
  db: Knex,
  now: number,
  findings: { keys: string[]; events: (trx: Knex.Transaction) => NotifyEvent[] | Promise<NotifyEvent[]> },
): Promise<void> {
  if (findings.keys.length === 0) return;
  await db.transaction(async (trx) => {
    await markTold(trx, findings.keys, now);
    await notifyAll(trx, await findings.events(trx), now);
  });
}
