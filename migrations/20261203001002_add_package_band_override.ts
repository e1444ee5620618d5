import type { Knex } from 'knex';

// An officer's override of a package's band (specification §2.9): the band the area gave, the
// reason from a fixed list, a short comment, who and when. band holds the band in force.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.string('placed_band', 20).nullable();
    t.string('band_override_reason', 40).nullable();
    t.string('band_override_comment', 200).nullable();
    t.integer('band_overridden_by').nullable();
    t.bigInteger('band_overridden_at').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropColumn('placed_band');
    t.dropColumn('band_override_reason');
    t.dropColumn('band_override_comment');
    t.dropColumn('band_overridden_by');
    t.dropColumn('band_overridden_at');
  });
}
