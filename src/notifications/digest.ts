import type { Knex } from 'knex';
import { londonDate } from '../calendar/dates';
import type { Config } from '../config';
import { toOutgoing, type MessageRow } from './delivery/queries';
import { fanOutDue } from './outbox/events';
import { digestItem } from './render/email';
import { wakeAfterCommit } from './wake';

const MAX_ITEMS = 200;

/**
 * The daily digest (NOTIFICATION_DIGEST_SCHEDULE): every message held for a recipient who chose a
 * digest becomes one email listing them, and the held messages are marked as digested into it. One
 * transaction per recipient; a held message is taken once (the update checks it is still held).
 */
export async function sendDigests(deps: { db: Knex; config: Config }, now: number) {
  const { db, config } = deps;
  // Messages held for the digest are written when their events are fanned out: every event so far is.
  await fanOutDue(db, now);
  const recipients: string[] = await db('outbox_messages')
    .where({ status: 'held', channel: 'email' })
    .distinct('recipient')
    .pluck('recipient');
  let digests = 0;
  for (const recipient of recipients) {
    const made = await db.transaction(async (trx) => {
      const held: MessageRow[] = await trx('outbox_messages')
        .where({ status: 'held', channel: 'email', recipient })
        .orderBy('id')
        .limit(MAX_ITEMS);
      if (held.length === 0) return false;
      const first = held[0]!;
      const items = held.map((row) => digestItem(toOutgoing(row), config.notifications.publicBaseUrl));
      const [inserted] = await trx('outbox_messages')
        .insert({
          channel: 'email',
          recipient,
          kind: 'digest',
          provider_id: first.provider_id,
          user_id: first.user_id,
          urgent: false,
          payload_json: JSON.stringify({ date: londonDate(now), items }),
          idempotency_key: `digest:${londonDate(now)}:${first.id}`,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          created_at: now,
        })
        .returning('id');
      const digestId = (inserted as { id: number }).id;
      await trx('outbox_messages')
        .whereIn(
          'id',
          held.map((h) => h.id),
        )
        .where({ status: 'held' })
        .update({ status: 'digested', digest_id: digestId });
      wakeAfterCommit(trx);
      return true;
    });
    if (made) digests += 1;
  }
  return { digests };
}
