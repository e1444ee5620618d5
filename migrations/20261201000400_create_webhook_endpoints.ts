import type { Knex } from 'knex';

// Providers' webhook endpoints (src/webhooks). The signing secret is kept to sign each delivery
// (Standard Webhooks: HMAC-SHA256, so the service must hold it) and shown to the provider only once.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('webhook_endpoints', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('url', 2048).notNullable();
    t.text('events_json').notNullable();
    t.string('secret', 100).notNullable();
    // active | disabled
    t.string('status', 10).notNullable();
    // The first failure since the last success: an endpoint failing for a day is disabled.
    t.bigInteger('failing_since').nullable();
    t.bigInteger('disabled_at').nullable();
    t.bigInteger('created_at').notNullable();
    t.integer('created_by').nullable();
    t.bigInteger('deleted_at').nullable();
    t.index(['provider_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('webhook_endpoints');
}
