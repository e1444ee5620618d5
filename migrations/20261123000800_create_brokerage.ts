import type { Knex } from 'knex';

// Brokerage of a package: one episode per attempt to place it (a hand-back opens a new one),
// rounds within an episode (primes, supplementaries, widened), and offers to providers in a round.
// The timestamps here are the pick-up events that performance is computed from.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('brokerage_episodes', (t) => {
    t.increments('id').primary();
    t.integer('package_id').notNullable().references('id').inTable('packages');
    t.integer('number').notNullable();
    t.string('opened_because', 20).notNullable();
    t.bigInteger('opened_at').notNullable();
    t.bigInteger('closed_at').nullable();
    t.string('outcome', 20).nullable();
    t.integer('awarded_provider_id').nullable().references('id').inTable('providers');
    t.integer('awarded_offer_id').nullable();
    t.bigInteger('awarded_at').nullable();
    t.string('award_round_kind', 30).nullable();
    t.string('agreed_start', 10).nullable();
    t.bigInteger('care_started_at').nullable();
    t.string('care_started_on', 10).nullable();
    t.bigInteger('handed_back_at').nullable();
    t.string('hand_back_reason', 30).nullable();
    t.string('hand_back_notice_date', 10).nullable();
    t.bigInteger('unplaced_at').nullable();
    // Bumped at the start of every write to the episode, so concurrent writers queue on the row.
    t.integer('lock_version').notNullable().defaultTo(0);
    t.unique(['package_id', 'number']);
    t.index(['awarded_provider_id', 'awarded_at']);
    t.index(['opened_at']);
  });
  await knex.schema.createTable('brokerage_rounds', (t) => {
    t.increments('id').primary();
    t.integer('episode_id').notNullable().references('id').inTable('brokerage_episodes');
    t.integer('package_id').notNullable().references('id').inTable('packages');
    t.integer('number').notNullable();
    t.string('kind', 30).notNullable();
    t.bigInteger('opened_at').notNullable();
    t.bigInteger('deadline_at').notNullable();
    t.bigInteger('closed_at').nullable();
    t.string('outcome', 20).nullable();
    t.integer('opened_by').nullable();
    // The eligibility decision and ranking at the moment the round opened (the explanation).
    t.text('decision_json').notNullable();
    t.unique(['episode_id', 'number']);
    t.index(['closed_at', 'deadline_at']);
  });
  await knex.schema.createTable('offers', (t) => {
    t.increments('id').primary();
    t.integer('round_id').notNullable().references('id').inTable('brokerage_rounds');
    t.integer('episode_id').notNullable().references('id').inTable('brokerage_episodes');
    t.integer('package_id').notNullable().references('id').inTable('packages');
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).notNullable();
    t.string('band', 20).notNullable();
    t.integer('rank').notNullable();
    t.double('score').notNullable();
    t.bigInteger('sent_at').notNullable();
    t.bigInteger('deadline_at').notNullable();
    t.string('status', 20).notNullable();
    t.bigInteger('responded_at').nullable();
    t.string('decline_reason', 30).nullable();
    t.string('proposed_start', 10).nullable();
    t.unique(['round_id', 'provider_id']);
    t.index(['provider_id', 'status']);
    t.index(['provider_id', 'sent_at']);
    t.index(['zone_id', 'sent_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('offers');
  await knex.schema.dropTable('brokerage_rounds');
  await knex.schema.dropTable('brokerage_episodes');
}
