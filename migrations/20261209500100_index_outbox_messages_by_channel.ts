import type { Knex } from 'knex';

// The delivery worker claims due messages of the channels it has a transport for
// (src/notifications/delivery/queries.ts claimDue). With the index on (status, next_attempt_at), a claim
// for webhooks read every pending email too: where no email transport is configured (a demonstration, a
// simulated year) those stay pending for good, and each claim after a commit read tens of thousands of
// them. With the channel after the status, each branch of the claim (pending and due, or its lease run
// out) reads only its channels' rows; the digest's held-email read uses it too. It replaces the old
// index, so a message's insert writes no more indexes than before.
const OLD = ['status', 'next_attempt_at'];
const NEW = ['status', 'channel', 'next_attempt_at'];
const NAME = 'outbox_messages_status_channel_index';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox_messages', (t) => {
    t.index(NEW, NAME);
    t.dropIndex(OLD);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox_messages', (t) => {
    t.index(OLD);
    t.dropIndex(NEW, NAME);
  });
}
