import type { Knex } from 'knex';

// The 14 zones (reference data, seeded from geo/zones.geojson) and the versions of the area layer
// that admins upload to replace the built one. Geometry of the built layer stays in geo/.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('zones', (t) => {
    t.string('id', 60).primary();
    t.string('name', 120).notNullable();
    t.text('aliases_json').notNullable();
    t.string('size_class', 20).notNullable();
    t.text('main_settlements_json').notNullable();
    t.integer('planned_weekly_hours').notNullable();
    t.boolean('has_primes').notNullable();
    t.integer('min_primes').notNullable();
    t.integer('min_providers').notNullable();
    t.text('districts_json').notNullable();
    t.text('neighbours_json').notNullable();
  });
  await knex.schema.createTable('area_layers', (t) => {
    t.increments('id').primary();
    t.string('applies_from', 10).notNullable();
    t.string('label', 200).notNullable();
    t.integer('areas_count').notNullable();
    t.integer('zones_count').notNullable();
    t.text('areas_geojson').notNullable();
    t.text('zones_geojson').notNullable();
    t.bigInteger('created_at').notNullable();
    t.integer('created_by').nullable();
    t.index(['applies_from']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('area_layers');
  await knex.schema.dropTable('zones');
}
