import type { Knex } from 'knex';

// The notification outbox (src/notifications): every email and webhook delivery is a row written in the
// transaction of the event that causes it, and a delivery worker sends it afterwards. `idempotency_key`
// is unique, so one event can never enqueue the same message twice, and it travels with the message
// (webhook-id, Notify reference, SMTP Message-ID) so that a retry after a crash is recognisable.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox_messages', (t) => {
    t.increments('id').primary();
    // email | webhook
    t.string('channel', 10).notNullable();
    // An email address, or a webhook endpoint's URL as it was when the message was written.
    t.string('recipient', 2048).notNullable();
    t.string('kind', 60).notNullable();
    t.integer('provider_id').nullable();
    t.integer('user_id').nullable();
    t.integer('endpoint_id').nullable();
    // The record the message is about (an offer, a package, a flag…), by kind.
    t.integer('subject_id').nullable();
    t.boolean('urgent').notNullable().defaultTo(false);
    t.text('payload_json').notNullable();
    t.string('idempotency_key', 200).notNullable().unique();
    // held (waiting for the daily digest) | pending | sending | sent | dead | digested
    t.string('status', 10).notNullable();
    t.integer('attempts').notNullable().defaultTo(0);
    t.bigInteger('next_attempt_at').notNullable();
    t.string('claimed_by', 100).nullable();
    t.bigInteger('claimed_until').nullable();
    t.string('last_error', 1000).nullable();
    t.integer('digest_id').nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('sent_at').nullable();
    // Only what the worker's claim and the delivery log need: every index is written by each intake.
    t.index(['status', 'next_attempt_at']);
    t.index(['endpoint_id']);
  });
  // One row per delivery attempt: the webhook delivery log and the admin outbox's history.
  await knex.schema.createTable('outbox_attempts', (t) => {
    t.increments('id').primary();
    t.integer('message_id').notNullable().references('id').inTable('outbox_messages');
    t.bigInteger('attempted_at').notNullable();
    // sent | failed
    t.string('outcome', 10).notNullable();
    t.integer('response_status').nullable();
    t.integer('latency_ms').notNullable();
    t.string('error', 1000).nullable();
    t.index(['message_id', 'attempted_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outbox_attempts');
  await knex.schema.dropTable('outbox_messages');
}
