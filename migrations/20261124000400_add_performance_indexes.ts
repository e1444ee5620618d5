import type { Knex } from 'knex';

// KPIs aggregate offers and brokerage episodes over a period for every provider at once
// (src/performance/kpi-queries.ts), so each event source is indexed by the instant it is
// attributed to a period by.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('offers', (t) => {
    t.index(['sent_at'], 'offers_sent_at_index');
  });
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.index(['awarded_at'], 'brokerage_episodes_awarded_at_index');
    t.index(['handed_back_at'], 'brokerage_episodes_handed_back_at_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.dropIndex(['handed_back_at'], 'brokerage_episodes_handed_back_at_index');
    t.dropIndex(['awarded_at'], 'brokerage_episodes_awarded_at_index');
  });
  await knex.schema.alterTable('offers', (t) => {
    t.dropIndex(['sent_at'], 'offers_sent_at_index');
  });
}
