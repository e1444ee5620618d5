import type { Knex } from 'knex';

// The coverage report (src/reports/queries.ts) reads brokerage episodes by their award instant:
// placed at an instant (awarded before it, not handed back), awarded in a period, and waiting at an
// instant (not awarded, or awarded after it: two index ranges). One covering index serves all three
// without reading the episodes' rows; the package is then read by its primary key.
const COLUMNS = [
  'awarded_at',
  'package_id',
  'handed_back_at',
  'care_started_at',
  'opened_at',
  'unplaced_at',
  'award_round_kind',
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.index(COLUMNS, 'brokerage_episodes_report_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.dropIndex(COLUMNS, 'brokerage_episodes_report_index');
  });
}
