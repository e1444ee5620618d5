import type { Knex } from 'knex';

// The first stage of the notification outbox (src/notifications/outbox): the transaction of a state change
// writes one row per event, and the delivery worker fans it out to its recipients' rows in outbox_messages
// in a transaction of its own. The payload says nothing that identifies a person. The only index is a
// partial one on the events not yet fanned out, so it stays small and the event's insert cheap.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('outbox_events', (t) => {
    t.increments('id').primary();
    // The domain event (offers.sent, package.awarded…).
    t.string('type', 40).notNullable();
    // What every message of the event says.
    t.text('payload_json').notNullable();
    // Who gets which kind of message, resolved to addresses and preferences at fan-out.
    t.text('fan_out_json').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('fanned_out_at').nullable();
    t.index(['id'], 'outbox_events_pending', { predicate: knex.whereNull('fanned_out_at') });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outbox_events');
}
