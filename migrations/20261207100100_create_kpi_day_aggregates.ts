import type { Knex } from 'knex';

const COUNTS = [
  'received',
  'decided',
  'responded',
  'accepted',
  'quick',
  'expired',
  'declined',
  'awarded',
  'within_target',
  'started',
  'judged',
  'on_time',
  'hand_backs',
  'hand_back_minutes',
  'without_notice',
];

const key = (t: Knex.CreateTableBuilder) => {
  t.string('day', 10).notNullable();
  t.integer('provider_id').notNullable();
  t.string('zone_id', 60).notNullable();
  t.string('band', 20).notNullable();
};

// The KPIs' daily aggregates (src/performance/kpis/aggregates/): per London day × provider × zone ×
// band, offers by the day sent, awards by the day awarded, hand-backs by the day given, as numeric
// columns a period sums in SQL; reasons and duration histograms as rows summed the same way; notes on
// dates the figures left out. kpi_fold_state is the fold's one-row watermark and lock.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('kpi_day_counts', (t) => {
    key(t);
    for (const column of COUNTS) t.integer(column).notNullable().defaultTo(0);
    t.primary(['day', 'provider_id', 'zone_id', 'band']);
  });
  await knex.schema.createTable('kpi_day_reasons', (t) => {
    key(t);
    t.string('kind', 12).notNullable();
    t.string('reason', 255).notNullable();
    t.integer('n').notNullable();
    t.integer('minutes').notNullable();
    t.primary(['day', 'provider_id', 'zone_id', 'band', 'kind', 'reason']);
  });
  await knex.schema.createTable('kpi_day_buckets', (t) => {
    key(t);
    t.string('metric', 12).notNullable();
    t.integer('bucket').notNullable();
    t.integer('n').notNullable();
    t.bigInteger('min').notNullable();
    t.bigInteger('max').notNullable();
    t.primary(['day', 'provider_id', 'zone_id', 'band', 'metric', 'bucket']);
  });
  await knex.schema.createTable('kpi_day_notes', (t) => {
    key(t);
    t.integer('seq').notNullable();
    t.text('note').notNullable();
    t.primary(['day', 'provider_id', 'zone_id', 'band', 'seq']);
  });
  await knex.schema.createTable('kpi_fold_state', (t) => {
    t.integer('id').primary();
    t.bigInteger('folded_to').notNullable();
    t.bigInteger('last_offer_id').notNullable();
    t.bigInteger('last_episode_id').notNullable();
    t.text('settings_json').notNullable();
    t.integer('lock_version').notNullable();
  });
  await knex('kpi_fold_state').insert({
    id: 1,
    folded_to: 0,
    last_offer_id: 0,
    last_episode_id: 0,
    settings_json: '{}',
    lock_version: 0,
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'kpi_fold_state',
    'kpi_day_notes',
    'kpi_day_buckets',
    'kpi_day_reasons',
    'kpi_day_counts',
  ])
    await knex.schema.dropTable(table);
}
