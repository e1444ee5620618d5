import type { Knex } from 'knex';

// Right-to-erasure requests fulfilled (src/privacy): when, by whom and how much was erased, never the
// reference itself (holding it would defeat the erasure). Packages keep their row, anonymised.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('erasures', (t) => {
    t.increments('id').primary();
    t.bigInteger('erased_at').notNullable();
    t.integer('erased_by').nullable();
    t.integer('packages').notNullable();
    t.integer('evidence').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('erasures');
}
