import type { Knex } from 'knex';

// Promotion and demotion recommendations (docs/specification/allocation.md §5.7;
// docs/specification/open-questions.md §10.7). A flag is raised by the review with its evidence; an
// admin confirms (the role changes in the same transaction) or dismisses it, with a reason code.
// One flag per provider, zone, kind and review month: the unique key makes a review run by two
// instances at once raise it only once.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('role_review_flags', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).notNullable().references('id').inTable('zones');
    t.string('kind', 20).notNullable();
    t.string('from_role', 20).notNullable();
    t.string('to_role', 20).notNullable();
    // The last complete month of the review period, 'YYYY-MM'.
    t.string('review_month', 7).notNullable();
    t.string('period_from', 10).notNullable();
    t.string('period_to', 10).notNullable();
    t.text('evidence_json').notNullable();
    t.boolean('below_min_primes').notNullable().defaultTo(false);
    t.string('status', 20).notNullable();
    t.bigInteger('raised_at').notNullable();
    t.bigInteger('decided_at').nullable();
    t.integer('decided_by').nullable();
    t.string('decision_reason', 40).nullable();
    t.unique(['provider_id', 'zone_id', 'kind', 'review_month']);
    t.index(['status', 'zone_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('role_review_flags');
}
