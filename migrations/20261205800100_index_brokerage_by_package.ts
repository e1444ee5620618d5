import type { Knex } from 'knex';

// The package page (src/allocation/queries/views.ts, packageBrokerage) reads a package's rounds and
// offers by package id; without these indexes each view read every round and offer ever made.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_rounds', (t) => {
    t.index(['package_id', 'episode_id', 'number'], 'brokerage_rounds_package_index');
  });
  await knex.schema.alterTable('offers', (t) => {
    t.index(['package_id'], 'offers_package_id_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('offers', (t) => {
    t.dropIndex(['package_id'], 'offers_package_id_index');
  });
  await knex.schema.alterTable('brokerage_rounds', (t) => {
    t.dropIndex(['package_id', 'episode_id', 'number'], 'brokerage_rounds_package_index');
  });
}
