import type { Knex } from 'knex';

// Effective-dated hourly rates per band, in integer pence (docs/specification/rates-and-costs.md §3.2,
// §3.8; docs/specification/open-questions.md §10.3).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_cards', (t) => {
    t.increments('id').primary();
    t.string('applies_from', 10).notNullable().unique();
    t.string('label', 200).notNullable();
    t.bigInteger('created_at').notNullable();
    t.integer('created_by').nullable();
  });
  await knex.schema.createTable('rate_card_rates', (t) => {
    t.integer('rate_card_id').notNullable().references('id').inTable('rate_cards');
    t.string('band', 20).notNullable();
    t.integer('hourly_rate_pence').notNullable();
    t.primary(['rate_card_id', 'band']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rate_card_rates');
  await knex.schema.dropTable('rate_cards');
}
