import type { Knex } from 'knex';

// The CQC ratings register (docs/cqc-ratings.md): one row per rating the regulator published for a
// location and key question, with its publication date. Rows are only ever added: a new rating is a
// new row, so the history stays. The current rating of a location and key question is the one with
// the latest publication date (the latest recorded on a tie).
//
// The providers' three stored ratings (overall, safe, well-led) are carried in with the provider's
// framework admission date (`admitted_on`) as their publication date: the real date was never
// stored. Those rows are marked `source = 'carried-over'` so that the placeholder date is visible.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('cqc_ratings', (t) => {
    t.increments('id').primary();
    t.string('cqc_location_id', 40)
      .notNullable()
      .references('cqc_location_id')
      .inTable('provider_cqc_locations');
    t.string('key_question', 20).notNullable();
    t.string('rating', 30).notNullable();
    t.string('published_on', 10).notNullable();
    // carried-over | import | admission | provider-record | evidence
    t.string('source', 20).notNullable();
    t.bigInteger('recorded_at').notNullable();
    t.integer('recorded_by').nullable();
    t.index(['cqc_location_id', 'key_question', 'published_on']);
  });
  const providers: {
    cqc_location_id: string;
    cqc_overall: string;
    cqc_safe: string;
    cqc_well_led: string;
    admitted_on: string;
    created_at: number;
  }[] = await knex('providers').select(
    'cqc_location_id',
    'cqc_overall',
    'cqc_safe',
    'cqc_well_led',
    'admitted_on',
    'created_at',
  );
  for (const p of providers) {
    const row = (key_question: string, rating: string) => ({
      cqc_location_id: p.cqc_location_id,
      key_question,
      rating,
      published_on: p.admitted_on,
      source: 'carried-over',
      recorded_at: p.created_at,
      recorded_by: null,
    });
    await knex('cqc_ratings').insert([
      row('overall', p.cqc_overall),
      row('safe', p.cqc_safe),
      row('well-led', p.cqc_well_led),
    ]);
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('cqc_ratings');
}
