import type { Knex } from 'knex';

// The visit KPIs' daily aggregate (src/visits/aggregates/, docs/visits.md "Aggregate"): per London
// day of the planned start × provider × the package's zone and band, the counts of every visit
// recorded, as numeric columns a period sums in SQL. visit_fold_packages keeps the zone and band
// each package's visits were counted under, so that a package moving band makes its days dirty;
// visit_fold_state is the fold's one-row watermark and lock (apart from the KPI fold's, so that
// neither waits for the other). The recorded_at index finds the visits uploaded since the watermark.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('visit_day_counts', (t) => {
    t.string('day', 10).notNullable();
    t.integer('provider_id').notNullable();
    t.string('zone_id', 60).notNullable();
    t.string('band', 20).notNullable();
    for (const column of ['visits', 'delivered', 'late', 'short', 'two_carer', 'two_carer_fewer'])
      t.integer(column).notNullable();
    t.primary(['day', 'provider_id', 'zone_id', 'band']);
  });
  await knex.schema.createTable('visit_fold_packages', (t) => {
    t.integer('package_id').primary();
    t.string('zone_id', 60).notNullable();
    t.string('band', 20).notNullable();
  });
  await knex.schema.createTable('visit_fold_state', (t) => {
    t.integer('id').primary();
    t.bigInteger('folded_to').notNullable();
    t.bigInteger('last_visit_id').notNullable();
    t.text('settings_json').notNullable();
    t.integer('lock_version').notNullable();
  });
  await knex('visit_fold_state').insert({
    id: 1,
    folded_to: 0,
    last_visit_id: 0,
    settings_json: '{}',
    lock_version: 0,
  });
  await knex.schema.alterTable('visits', (t) => {
    t.index(['recorded_at'], 'visits_recorded_at_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('visits', (t) => {
    t.dropIndex(['recorded_at'], 'visits_recorded_at_index');
  });
  for (const table of ['visit_fold_state', 'visit_fold_packages', 'visit_day_counts'])
    await knex.schema.dropTable(table);
}
