import type { Knex } from 'knex';

// What a provider declares it can meet in a zone, as at the moment it declares (like capacity):
// specialisms, languages, how many more two-carer packages it can take, and the carers' genders it can
// guarantee (docs/specification/allocation.md §5.16). Lists are stored as JSON text.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('provider_need_declarations', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    t.text('specialisms_json').notNullable();
    t.text('languages_json').notNullable();
    t.integer('double_up_packages').notNullable();
    t.text('carer_genders_json').notNullable();
    t.bigInteger('declared_at').notNullable();
    t.integer('declared_by').nullable();
    t.index(['provider_id', 'zone_id', 'declared_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('provider_need_declarations');
}
