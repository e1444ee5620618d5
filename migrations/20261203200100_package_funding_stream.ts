import type { Knex } from 'knex';

// Every package has a funding stream (docs/specification/funding.md): council, chc, d2a or joint. It
// replaces the care type, which only said whether the NHS funded the package under CHC: a CHC package
// keeps the stream chc, every other package so far was council-funded. Discharge to assess packages
// carry the end of their funded period and the day their review is due; the review's outcome is
// recorded on the package (and in the audit trail).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.renameColumn('care_type', 'funding_stream');
  });
  await knex('packages').whereNot('funding_stream', 'chc').update({ funding_stream: 'council' });
  await knex.schema.alterTable('packages', (t) => {
    t.string('funded_until', 10).nullable();
    t.string('review_due', 10).nullable();
    t.string('review_outcome', 20).nullable();
    t.bigInteger('reviewed_at').nullable();
    t.index(['funding_stream', 'review_due']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('packages', (t) => {
    t.dropIndex(['funding_stream', 'review_due']);
    t.dropColumn('funded_until');
    t.dropColumn('review_due');
    t.dropColumn('review_outcome');
    t.dropColumn('reviewed_at');
  });
  await knex('packages').whereNot('funding_stream', 'chc').update({ funding_stream: 'core' });
  await knex.schema.alterTable('packages', (t) => {
    t.renameColumn('funding_stream', 'care_type');
  });
}
