import type { Knex } from 'knex';

// Admission rounds and applications to the open framework (docs/specification/providers-and-framework.md
// §4.15; HC21 ¶25, ¶33; HC20 ¶45). A round is opened by a commissioner for chosen zones and roles
// (and CHC approval); a "standing" round has no closing date and takes applications between rounds
// (HC21 ¶19). An accepted application is the provider's mobilising role: it reaches
// provider_zone_roles (and allocation) only when the provider goes active after its checks.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('admission_rounds', (t) => {
    t.increments('id').primary();
    t.string('kind', 20).notNullable();
    t.string('title', 200).notNullable();
    // JSON arrays, fixed when the round opens: the zone ids and roles it invites.
    t.text('zone_ids').notNullable();
    t.text('roles').notNullable();
    t.boolean('chc_approval').notNullable().defaultTo(false);
    t.string('closes_on', 10).nullable();
    t.integer('quality_threshold').notNullable();
    t.integer('opened_by').nullable();
    t.bigInteger('opened_at').notNullable();
    t.index(['opened_at']);
  });
  await knex.schema.createTable('admission_applications', (t) => {
    t.increments('id').primary();
    t.integer('round_id').notNullable().references('id').inTable('admission_rounds');
    t.integer('provider_id').notNullable().references('id').inTable('providers');
    t.string('zone_id', 60).nullable().references('id').inTable('zones');
    // prime, supplementary or chc-approval (then zone_id is null).
    t.string('role', 20).notNullable();
    t.text('statement').notNullable();
    t.string('status', 20).notNullable();
    t.integer('submitted_by').nullable();
    t.bigInteger('submitted_at').notNullable();
    t.integer('score').nullable();
    t.text('decision_comment').nullable();
    t.integer('decided_by').nullable();
    t.bigInteger('decided_at').nullable();
    t.bigInteger('activated_at').nullable();
    t.index(['round_id', 'status']);
    t.index(['provider_id', 'status']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('admission_applications');
  await knex.schema.dropTable('admission_rounds');
}
