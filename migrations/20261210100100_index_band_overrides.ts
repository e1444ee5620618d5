import type { Knex } from 'knex';

// The coverage report counts the packages taken in during its period whose band an officer overrode
// (src/reports/queries.ts `bandOverrideAggregates`): without an index it read every package of the
// history (~25 ms of CPU at 10x on SQLite). Partial, so only overridden packages have an entry and an
// intake without an override writes nothing to it.
const NAME = 'packages_band_overridden_index';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `create index ${NAME} on packages (created_at, zone_id, funding_stream) where band_override_reason is not null`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`drop index ${NAME}`);
}
