import type { Knex } from 'knex';

// The monthly provider-risk RAG (docs/specification/quality-and-performance.md §7.7): one row per
// provider per month, with the inputs it was computed from and the rule's settings, so that a past
// rating stays explainable. A re-run replaces the computed part; a quality officer's override (a RAG,
// a reason from a list and a short comment) stays until changed.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('provider_risk_ratings', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('month', 7).notNullable();
    t.string('computed_rag', 5).notNullable();
    t.text('reasons_json').notNullable();
    t.string('cqc_overall', 30).nullable();
    t.integer('complaints').notNullable();
    t.integer('upheld_complaints').notNullable();
    t.integer('safeguarding_concerns').notNullable();
    t.integer('substantiated_concerns').notNullable();
    t.integer('packages_held').notNullable();
    t.integer('weekly_minutes_held').notNullable();
    t.text('settings_json').notNullable();
    t.bigInteger('computed_at').notNullable();
    t.string('override_rag', 5).nullable();
    t.string('override_reason', 40).nullable();
    t.string('override_comment', 200).nullable();
    t.integer('overridden_by').nullable();
    t.bigInteger('overridden_at').nullable();
    t.unique(['provider_id', 'month']);
    t.index(['month']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('provider_risk_ratings');
}
