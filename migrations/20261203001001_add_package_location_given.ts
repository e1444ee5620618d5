import type { Knex } from 'knex';

// Which the officer gave at intake, a postcode or coordinates (the postcode column keeps the
// normalised postcode; erasure clears it, not this). Packages so far were all given by coordinates.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.string('location_given', 12).notNullable().defaultTo('coordinates');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropColumn('location_given');
  });
}
