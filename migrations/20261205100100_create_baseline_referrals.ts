import type { Knex } from 'knex';

// The old framework's past referrals, for the before-and-after comparison (docs/imports.md
// "Baseline"): a pseudonymous reference, when care was requested and placed (null: never placed), the
// zone, band and weekly minutes. Only the baseline import writes it; a reference is stored once.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('baseline_referrals', (t) => {
    t.increments('id').primary();
    t.string('reference', 40).notNullable().unique();
    t.string('requested_on', 10).notNullable();
    t.string('placed_on', 10).nullable();
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    t.string('band', 20).notNullable();
    t.integer('weekly_minutes').notNullable();
    t.bigInteger('imported_at').notNullable();
    t.integer('imported_by').nullable();
    t.index(['requested_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('baseline_referrals');
}
