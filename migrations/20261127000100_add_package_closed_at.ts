import type { Knex } from 'knex';

// When a package ended or was cancelled, so that reports can say what was placed or waiting at
// any past instant (a package's status holds only the present). Existing ended or cancelled
// packages take the instant from their audit row, else from their last update.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.bigInteger('closed_at').nullable();
  });
  await knex.raw(`
    update packages set closed_at = coalesce(
      (select min(a.at) from audit_events a
        where a.entity_type = 'package'
          and a.entity_id = cast(packages.id as varchar(80))
          and a.action in ('package.end', 'package.cancel')),
      updated_at)
    where status in ('ended', 'cancelled')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropColumn('closed_at');
  });
}
