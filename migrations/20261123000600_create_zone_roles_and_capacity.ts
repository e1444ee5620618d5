import type { Knex } from 'knex';

// A provider's role per zone (docs/specification/providers-and-framework.md §4.4) and its capacity
// declarations; docs/specification/open-questions.md §10.10 (several roles) and §10.20 (capacity units).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('provider_zone_roles', (t) => {
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    t.string('role', 20).notNullable();
    t.bigInteger('since').notNullable();
    t.primary(['provider_id', 'zone_id']);
    t.index(['zone_id', 'role']);
  });
  await knex.schema.createTable('capacity_declarations', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    // New weekly hours the provider can take now, in minutes.
    t.integer('weekly_minutes').notNullable();
    t.bigInteger('declared_at').notNullable();
    t.integer('declared_by').nullable();
    t.index(['provider_id', 'zone_id', 'declared_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('capacity_declarations');
  await knex.schema.dropTable('provider_zone_roles');
}
