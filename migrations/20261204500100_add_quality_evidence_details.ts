import type { Knex } from 'knex';

// Complaints and safeguarding concerns in detail (docs/specification/quality-and-performance.md §7.6):
// a category and an outcome from fixed lists, whether it was upheld (a safeguarding concern:
// substantiated), and the district (LAD code) it arose in. Codes only: no free text about people.
// Rows recorded before this keep nulls, except that an 'upheld-complaint' was upheld by definition.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('quality_evidence', (t) => {
    t.string('category', 40).nullable();
    t.string('outcome', 40).nullable();
    t.boolean('upheld').nullable();
    t.string('district', 9).nullable();
  });
  await knex('quality_evidence').where({ kind: 'upheld-complaint' }).update({ upheld: true });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('quality_evidence', (t) => {
    t.dropColumn('category');
    t.dropColumn('outcome');
    t.dropColumn('upheld');
    t.dropColumn('district');
  });
}
