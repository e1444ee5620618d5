import type { Knex } from 'knex';

// Visit records from electronic call monitoring (docs/visits.md): one row per planned visit of a
// package, unique by (package, planned start) so that a re-uploaded file updates its rows rather
// than doubling them. Both actual times empty means the visit was missed. provider_id is the
// provider that uploaded (or was uploaded for): after a hand-back a package's visits belong to
// whoever delivered them. Instants are UTC epoch milliseconds.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('visits', (t) => {
    t.increments('id').primary();
    t.integer('package_id').notNullable().references('id').inTable('packages');
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.bigInteger('planned_start').notNullable();
    t.integer('planned_minutes').notNullable();
    t.bigInteger('actual_start').nullable();
    t.bigInteger('actual_end').nullable();
    t.integer('carers_planned').notNullable();
    t.integer('carers_present').notNullable();
    t.bigInteger('recorded_at').notNullable();
    t.integer('recorded_by').nullable();
    t.unique(['package_id', 'planned_start']);
    t.index(['provider_id', 'planned_start']);
    t.index(['planned_start']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('visits');
}
