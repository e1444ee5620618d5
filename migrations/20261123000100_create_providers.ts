import type { Knex } from 'knex';

// Provider organisations on the framework (docs/specification/providers-and-framework.md). Zone roles
// and capacity are separate tables.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('providers', (t) => {
    t.increments('id').primary();
    t.string('name', 200).notNullable().unique();
    t.string('cqc_location_id', 40).notNullable().unique();
    t.string('cqc_overall', 30).notNullable();
    t.string('cqc_safe', 30).notNullable();
    t.string('cqc_well_led', 30).notNullable();
    t.boolean('chc_approved').notNullable().defaultTo(false);
    t.string('status', 20).notNullable();
    t.integer('tender_score').notNullable();
    t.string('admitted_on', 10).notNullable();
    // docs/specification/open-questions.md §10.14: HTLAH lead/supplementary/contingency/exception kept
    // only as a legacy tag.
    t.string('legacy_type', 20).nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('providers');
}
