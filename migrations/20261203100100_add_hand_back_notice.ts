import type { Knex } from 'knex';

// A hand-back with notice (docs/specification/hand-backs.md §6.3): the last planned visit, the
// commissioner's decision on a notice shorter than the default, the day re-brokering opens and when
// it did. Hand-backs recorded before this re-brokered at once, so they are dated as re-brokered then.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.string('hand_back_last_visit', 10).nullable();
    t.string('hand_back_approval', 12).nullable();
    t.integer('hand_back_decided_by').nullable();
    t.bigInteger('hand_back_decided_at').nullable();
    t.string('rebroker_opens_on', 10).nullable();
    t.bigInteger('rebrokered_at').nullable();
  });
  await knex('brokerage_episodes')
    .whereNotNull('handed_back_at')
    .update({ hand_back_approval: 'not-needed', rebrokered_at: knex.ref('handed_back_at') });
  await knex.schema.alterTable('providers', (t) => {
    t.string('exit_notice_date', 10).nullable();
    t.bigInteger('exit_recorded_at').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('providers', (t) => {
    t.dropColumn('exit_notice_date');
    t.dropColumn('exit_recorded_at');
  });
  await knex.schema.alterTable('brokerage_episodes', (t) => {
    t.dropColumn('hand_back_last_visit');
    t.dropColumn('hand_back_approval');
    t.dropColumn('hand_back_decided_by');
    t.dropColumn('hand_back_decided_at');
    t.dropColumn('rebroker_opens_on');
    t.dropColumn('rebrokered_at');
  });
}
