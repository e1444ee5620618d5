import type { Knex } from 'knex';

// Flags decided by commissioners (docs/specification/allocation.md §5.7, story C4): who raised a
// flag by hand and why (null raised_by: the daily review raised it), and the evidence and comment of
// each decision beside its reason code.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('role_review_flags', (t) => {
    t.integer('raised_by').nullable();
    t.text('raise_comment').nullable();
    t.text('decision_evidence').nullable();
    t.text('decision_comment').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('role_review_flags', (t) => {
    t.dropColumn('decision_comment');
    t.dropColumn('decision_evidence');
    t.dropColumn('raise_comment');
    t.dropColumn('raised_by');
  });
}
