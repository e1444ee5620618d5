import type { Knex } from 'knex';

// Quality score computations (docs/specification/allocation.md §5.5–5.6;
// docs/specification/open-questions.md §10.5). A run is one computation of every (provider, zone)
// score; its run_key is unique ('nightly:2026-03-01', 'on-demand:…'), so when two instances run the
// nightly job only the first to commit stores it. Snapshots are never updated:
// allocation ranks by the latest one at or before the round's time, and the round's decision
// records the snapshot id, so any past ranking can be reproduced.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('score_runs', (t) => {
    t.increments('id').primary();
    t.string('run_key', 80).notNullable().unique();
    t.string('trigger', 20).notNullable();
    t.string('computed_for', 10).notNullable();
    // Evidence known before this instant is used; it is also the snapshots' computed_at.
    t.bigInteger('as_of').notNullable();
    t.bigInteger('created_at').notNullable();
    t.integer('requested_by').nullable();
    // The formula's settings (weights, k, periods, penalties) at the time, so a score stays explainable.
    t.text('settings_json').notNullable();
    t.integer('snapshots').notNullable();
    t.index(['computed_for']);
  });
  await knex.schema.createTable('score_snapshots', (t) => {
    t.increments('id').primary();
    t.integer('run_id').notNullable().references('id').inTable('score_runs');
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    t.string('computed_for', 10).notNullable();
    t.bigInteger('computed_at').notNullable();
    t.string('role', 20).nullable();
    t.integer('tender_score').notNullable();
    t.double('value').notNullable();
    t.string('rag', 10).notNullable();
    t.double('pick_up').notNullable();
    t.double('quality').notNullable();
    t.double('response').notNullable();
    t.double('pick_up_live').nullable();
    t.double('quality_live').nullable();
    t.double('response_live').nullable();
    t.integer('pick_up_n').notNullable();
    t.integer('quality_n').notNullable();
    t.integer('response_n').notNullable();
    // The KPIs behind the score (offers, pick-up, starts, hand-backs, quality evidence counts).
    t.text('kpis_json').notNullable();
    t.unique(['run_id', 'provider_id', 'zone_id']);
    t.index(['zone_id', 'provider_id', 'computed_at']);
    t.index(['provider_id', 'computed_for']);
    t.index(['computed_for']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('score_snapshots');
  await knex.schema.dropTable('score_runs');
}
