import type { Knex } from 'knex';

// Quality of service delivery evidence per provider (docs/specification/allocation.md §5.5;
// docs/specification/quality-and-performance.md §7.5–7.6): contract monitoring visits, upheld
// complaints, safeguarding concerns and CQC rating changes, each dated. Structured fields only: no free
// text about people. Withdrawn rather than deleted, so a score computed before the withdrawal can still
// be explained.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('quality_evidence', (t) => {
    t.increments('id').primary();
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('kind', 30).notNullable();
    t.string('occurred_on', 10).notNullable();
    // Monitoring visits: score 0–100 and RAG outcome. CQC rating changes: the new rating.
    t.integer('visit_score').nullable();
    t.string('visit_rag', 10).nullable();
    t.string('cqc_rating', 30).nullable();
    // A pseudonymous case or visit reference (letters, digits, dashes), never a name.
    t.string('reference', 40).nullable();
    t.bigInteger('recorded_at').notNullable();
    t.integer('recorded_by').nullable();
    t.bigInteger('withdrawn_at').nullable();
    t.integer('withdrawn_by').nullable();
    t.string('withdrawn_reason', 40).nullable();
    t.index(['provider_id', 'occurred_on']);
    t.index(['recorded_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('quality_evidence');
}
