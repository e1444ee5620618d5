import type { Knex } from 'knex';

// The packages each provider holds now (src/performance/kpis/held.ts), read by every KPI report and
// score run, counted from the index alone instead of from every live package's row: 10× a county's
// caseload took 37 ms of CPU on SQLite, 6 ms with it (docs/BENCHMARKS.md "Issue 22, third session").
const COLUMNS = ['status', 'provider_id', 'zone_id', 'band', 'weekly_minutes'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.index(COLUMNS, 'packages_held_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropIndex(COLUMNS, 'packages_held_index');
  });
}
