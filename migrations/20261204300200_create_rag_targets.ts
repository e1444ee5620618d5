import type { Knex } from 'knex';

// RAG targets set by commissioners (Perf19 App C; docs/specification/reporting.md §8.3): a target
// and tolerance per measure, effective from a date (rows are never changed: history is kept); a row
// with a zone is that zone's override, with who set it and why, and one with no target ends it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rag_targets', (t) => {
    t.increments('id').primary();
    t.string('metric', 40).notNullable();
    t.string('zone_id', 60).nullable().references('id').inTable('zones');
    t.float('target').nullable();
    t.float('tolerance').nullable();
    t.string('effective_from', 10).notNullable();
    t.text('comment').nullable();
    t.integer('set_by').nullable();
    t.bigInteger('set_at').notNullable();
    t.index(['metric', 'zone_id', 'effective_from']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('rag_targets');
}
