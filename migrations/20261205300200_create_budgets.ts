import type { Knex } from 'knex';

// The commissioners' annual budget per funding stream and financial year (April–March; story C3,
// docs/payments.md). `financial_year` is the calendar year the April starts in (2026 = Apr 2026 –
// Mar 2027). `version` guards against two commissioners overwriting each other.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('budgets', (t) => {
    t.increments('id').primary();
    t.string('funding_stream', 20).notNullable();
    t.integer('financial_year').notNullable();
    t.bigInteger('amount_pence').notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.bigInteger('updated_at').notNullable();
    t.integer('updated_by').nullable();
    t.unique(['funding_stream', 'financial_year']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('budgets');
}
