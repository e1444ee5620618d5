import type { Knex } from 'knex';

// Rates follow the card in force (docs/specification/rates-and-costs.md §3.9): each day of care is
// priced at the card in force that day for the package's band, unless the package carries a
// negotiated rate from a date. A package whose rate frozen at intake differs from its intake card's
// rate for its band was priced by hand, so that rate becomes a negotiated rate from its intake day;
// a frozen rate equal to the card follows the card from now on. `hourly_rate_pence` stays on the
// package as the rate quoted at intake (history), no longer what is paid.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('negotiated_rates', (t) => {
    t.increments('id').primary();
    t.integer('package_id').notNullable().references('id').inTable('packages');
    t.string('applies_from', 10).notNullable();
    // Null: from applies_from the package follows the card again.
    t.integer('hourly_rate_pence').nullable();
    t.string('reason', 200).notNullable();
    t.bigInteger('created_at').notNullable();
    t.integer('created_by').nullable();
    t.unique(['package_id', 'applies_from']);
  });
  const differing = await knex('packages as p')
    .join('rate_card_rates as r', function () {
      this.on('r.rate_card_id', 'p.rate_card_id').andOn('r.band', 'p.band');
    })
    .whereRaw('p.hourly_rate_pence <> r.hourly_rate_pence')
    .select('p.id', 'p.hourly_rate_pence', 'p.created_at');
  for (const row of differing) {
    // The UTC day of intake is never after the England day, so it covers every day of care.
    await knex('negotiated_rates').insert({
      package_id: row.id,
      applies_from: new Date(Number(row.created_at)).toISOString().slice(0, 10),
      hourly_rate_pence: row.hourly_rate_pence,
      reason: 'Rate frozen at intake differed from the rate card (migrated)',
      created_at: Number(row.created_at),
      created_by: null,
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('negotiated_rates');
}
