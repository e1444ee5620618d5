import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.string('name', 200).notNullable();
    t.string('email', 320).nullable().unique();
    t.string('role', 20).notNullable();
    // A provider user is bound to exactly one provider organisation; other roles to none.
    t.integer('provider_id').nullable().references('id').inTable('providers');
    t.string('password_hash', 200).nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('disabled_at').nullable();
    t.index(['provider_id']);
  });
  await knex.schema.createTable('api_tokens', (t) => {
    t.increments('id').primary();
    t.integer('user_id').notNullable().references('id').inTable('users');
    // SHA-256 of the token: the token itself is shown once and never stored.
    t.string('token_hash', 64).notNullable().unique();
    t.string('label', 200).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').nullable();
    t.bigInteger('revoked_at').nullable();
    t.bigInteger('last_used_at').nullable();
    t.index(['user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_tokens');
  await knex.schema.dropTable('users');
}
