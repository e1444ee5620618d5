import type { Knex } from 'knex';

// A provider's offer contacts: the addresses that hear of its offers, awards and reminders. A provider
// may have several; its own users manage them (src/notifications/contacts).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('provider_contacts', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('email', 320).notNullable();
    t.bigInteger('created_at').notNullable();
    t.integer('created_by').nullable();
    t.unique(['provider_id', 'email']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('provider_contacts');
}
