import type { Knex } from 'knex';

// A package of care. The person is only a pseudonymous reference plus location, needs and hours:
// no names, no free-text medical detail. Zone, band and rate are frozen at intake.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('packages', (t) => {
    t.increments('id').primary();
    t.string('reference', 40).nullable();
    t.double('lon').nullable();
    t.double('lat').nullable();
    t.string('postcode', 10).nullable();
    t.string('area_id', 20).notNullable();
    t.string('lsoa', 20).nullable();
    t.string('district', 20).nullable();
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    t.string('band', 20).notNullable();
    t.string('band_source', 30).notNullable();
    t.integer('area_layer_id').nullable();
    t.integer('rate_card_id').notNullable().references('id').inTable('rate_cards');
    t.integer('hourly_rate_pence').notNullable();
    t.integer('weekly_minutes').notNullable();
    t.integer('visits_per_week').notNullable();
    t.string('care_type', 10).notNullable();
    t.string('urgency', 30).notNullable();
    t.string('wanted_start', 10).notNullable();
    t.text('needs_json').notNullable();
    t.string('status', 20).notNullable();
    t.integer('provider_id').nullable().references('id').inTable('providers');
    t.integer('current_episode_id').nullable();
    t.bigInteger('created_at').notNullable();
    t.integer('created_by').nullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('escalated_at').nullable();
    t.bigInteger('erased_at').nullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['status', 'zone_id']);
    t.index(['zone_id', 'created_at']);
    t.index(['provider_id', 'status']);
    t.index(['reference']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('packages');
}
