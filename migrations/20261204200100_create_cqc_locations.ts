import type { Knex } from 'knex';

// The CQC-registered locations a provider runs (docs/cqc-ratings.md): a provider may have several,
// each known by the CQC location id the regulator publishes ratings under. The provider's own
// `cqc_location_id` becomes its first location. A location is unlinked (re-registered under a new
// id), never deleted, so the ratings it held stay explainable.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('provider_cqc_locations', (t) => {
    t.string('cqc_location_id', 40).primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    // The CQC's own provider id ("Provider ID" in its files), learned from the first import.
    t.string('cqc_provider_id', 40).nullable();
    t.string('location_name', 200).nullable();
    t.bigInteger('linked_at').notNullable();
    t.bigInteger('unlinked_at').nullable();
    t.index(['provider_id']);
    t.index(['cqc_provider_id']);
  });
  const providers: { id: number; cqc_location_id: string; created_at: number }[] = await knex(
    'providers',
  ).select('id', 'cqc_location_id', 'created_at');
  for (const p of providers) {
    await knex('provider_cqc_locations').insert({
      cqc_location_id: p.cqc_location_id,
      provider_id: p.id,
      linked_at: p.created_at,
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('provider_cqc_locations');
}
