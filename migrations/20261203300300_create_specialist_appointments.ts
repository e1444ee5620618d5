import type { Knex } from 'knex';

// The countywide specialist list (HC20 ¶30; docs/specification/allocation.md §5.17): a provider
// appointed by an admin as a specialist for one specialism, open to any zone. Removing an
// appointment deletes its row; the audit trail keeps the history.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('specialist_appointments', (t) => {
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('specialism', 40).notNullable();
    t.bigInteger('appointed_at').notNullable();
    t.integer('appointed_by').nullable();
    t.primary(['provider_id', 'specialism']);
    t.index(['specialism']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('specialist_appointments');
}
