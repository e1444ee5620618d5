import type { Knex } from 'knex';

// Post-award checks and readiness (docs/specification/providers-and-framework.md §4.16; HC21 ¶14,
// ¶15, ¶23, ¶26; HC20 ¶32–33): the items a provider must pass before it goes from mobilising to
// active, seeded with the defaults (commissioners and admins add more), and each check recorded
// against a provider with its evidence reference, who checked it and when. History is kept: the
// latest record of an item is its state.
const GDPR_CHECKS = Array.from({ length: 14 }, (_, i) => ({
  key: `gdpr-${String(i + 1).padStart(2, '0')}`,
  grp: 'gdpr',
  label: `GDPR check ${i + 1} of 14 (selection questionnaire, assessed by Information Governance)`,
}));

const DEFAULT_ITEMS = [
  ...GDPR_CHECKS,
  {
    key: 'cqc-safe-well-led',
    grp: 'quality',
    label: 'CQC registration, with no concerns in Safe or Well-led',
  },
  {
    key: 'references',
    grp: 'references',
    label: 'Local-authority references (providers working outside the county)',
  },
  { key: 'insurance', grp: 'insurance', label: "Insurance in force (employer's and public liability)" },
  {
    key: 'capacity',
    grp: 'capacity',
    label: 'Customer numbers and workforce in the chosen zones: actual capacity',
  },
  { key: 'workforce-plan', grp: 'workforce', label: 'Growth and recruitment plan reviewed' },
  { key: 'ready-to-go-live', grp: 'readiness', label: 'Capacity and readiness rating: ready to go live' },
];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('readiness_check_items', (t) => {
    t.string('key', 40).primary();
    t.string('grp', 20).notNullable();
    t.string('label', 200).notNullable();
    t.boolean('required').notNullable().defaultTo(true);
    t.integer('position').notNullable();
    t.integer('created_by').nullable();
    t.bigInteger('created_at').notNullable();
  });
  await knex('readiness_check_items').insert(
    DEFAULT_ITEMS.map((item, i) => ({ ...item, required: true, position: (i + 1) * 10, created_at: 0 })),
  );
  await knex.schema.createTable('readiness_checks', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('item_key', 40).notNullable().references('key').inTable('readiness_check_items');
    t.string('outcome', 10).notNullable();
    t.string('evidence', 500).notNullable();
    t.integer('checked_by').nullable();
    t.bigInteger('checked_at').notNullable();
    t.index(['provider_id', 'item_key', 'checked_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('readiness_checks');
  await knex.schema.dropTable('readiness_check_items');
}
