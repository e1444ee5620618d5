import type { Knex } from 'knex';

// The KPI fold finds what changed since its watermark by the instant (or date) of each change
// (src/performance/kpis/aggregates/dirty.ts): care starts, hand-back decisions, agreed start dates
// passing, package updates.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.index(['care_started_at'], 'brokerage_episodes_care_started_at_index');
    t.index(['hand_back_decided_at'], 'brokerage_episodes_hand_back_decided_at_index');
    t.index(['agreed_start'], 'brokerage_episodes_agreed_start_index');
  });
  await knex.schema.alterTable('packages', (t) => {
    t.index(['updated_at'], 'packages_updated_at_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropIndex(['updated_at'], 'packages_updated_at_index');
  });
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.dropIndex(['agreed_start'], 'brokerage_episodes_agreed_start_index');
    t.dropIndex(['hand_back_decided_at'], 'brokerage_episodes_hand_back_decided_at_index');
    t.dropIndex(['care_started_at'], 'brokerage_episodes_care_started_at_index');
  });
}
