import type { Knex } from 'knex';

// The counts repeated from the daily table's migration: a migration must not import code that can
// change after it.
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
  t.string('month', 7).notNullable();
  t.integer('provider_id').notNullable();
  t.string('zone_id', 60).notNullable();
  t.string('band', 20).notNullable();
};

// Monthly roll-ups of the KPIs' daily counts and reasons (src/performance/kpis/aggregates/months.ts):
// a year's KPIs sum twelve rows a group where they summed 365. Filled here from the daily rows
// already stored, and kept by the fold from then on.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('kpi_month_counts', (t) => {
    key(t);
    for (const column of COUNTS) t.integer(column).notNullable().defaultTo(0);
    t.primary(['month', 'provider_id', 'zone_id', 'band']);
  });
  await knex.schema.createTable('kpi_month_reasons', (t) => {
    key(t);
    t.string('kind', 12).notNullable();
    t.string('reason', 255).notNullable();
    t.integer('n').notNullable();
    t.integer('minutes').notNullable();
    t.primary(['month', 'provider_id', 'zone_id', 'band', 'kind', 'reason']);
  });
  const group = ['provider_id', 'zone_id', 'band'];
  const month = 'substr(day, 1, 7)';
  await knex.into(knex.raw('?? (??)', ['kpi_month_counts', ['month', ...group, ...COUNTS]])).insert(
    knex('kpi_day_counts')
      .select(knex.raw(month), ...group, ...COUNTS.map((c) => knex.raw('sum(??)', [c])))
      .groupByRaw(month)
      .groupBy(group),
  );
  await knex
    .into(knex.raw('?? (??)', ['kpi_month_reasons', ['month', ...group, 'kind', 'reason', 'n', 'minutes']]))
    .insert(
      knex('kpi_day_reasons')
        .select(knex.raw(month), ...group, 'kind', 'reason', knex.raw('sum(n)'), knex.raw('sum(minutes)'))
        .groupByRaw(month)
        .groupBy([...group, 'kind', 'reason']),
    );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('kpi_month_reasons');
  await knex.schema.dropTable('kpi_month_counts');
}
