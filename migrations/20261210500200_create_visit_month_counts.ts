import type { Knex } from 'knex';

// The visit aggregate's monthly roll-up (src/visits/aggregates/store.ts): per London month ×
// provider × zone × band, the sums of visit_day_counts, rewritten with its days in the fold's
// transaction, so that a year's read sums about twelve rows a group, not 365.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('visit_month_counts', (t) => {
    t.string('month', 7).notNullable();
    t.integer('provider_id').notNullable();
    t.string('zone_id', 60).notNullable();
    t.string('band', 20).notNullable();
    for (const column of ['visits', 'delivered', 'late', 'short', 'two_carer', 'two_carer_fewer'])
      t.integer(column).notNullable();
    t.primary(['month', 'provider_id', 'zone_id', 'band']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('visit_month_counts');
}
