import type { Knex } from 'knex';

// The work queue (src/packages/queue/rows.ts) finds short-notice hand-backs waiting for a
// commissioner by their approval; without this index it read every active package's episode.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.index(['hand_back_approval'], 'brokerage_episodes_hand_back_approval_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.dropIndex(['hand_back_approval'], 'brokerage_episodes_hand_back_approval_index');
  });
}
