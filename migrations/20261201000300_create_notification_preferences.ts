import type { Knex } from 'knex';

// Who chose what, per kind of message: a user (staff) or a provider organisation (its offer contacts)
// chooses immediate, a daily digest or off. Kinds without a row use their default (src/notifications/kinds.ts).
// notification_marks remembers conditions already told once (an offer's window closing, a stale declaration,
// care not started), so that a daily or per-minute check tells each once.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('notification_preferences', (t) => {
    // user | provider
    t.string('owner_type', 10).notNullable();
    t.integer('owner_id').notNullable();
    t.string('kind', 60).notNullable();
    // immediate | digest | off
    t.string('delivery', 10).notNullable();
    t.bigInteger('updated_at').notNullable();
    t.primary(['owner_type', 'owner_id', 'kind']);
  });
  await knex.schema.createTable('notification_marks', (t) => {
    t.string('key', 200).primary();
    t.bigInteger('at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('notification_marks');
  await knex.schema.dropTable('notification_preferences');
}
