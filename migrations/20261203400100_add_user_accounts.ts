import type { Knex } from 'knex';

// Accounts managed in the web (issue 21): a provider user may administer its organisation's users
// (provider_admin); each user's sign-in history (last sign-in, failed attempts since, last lock-out);
// and single-use links for invitations and password resets, of which only a SHA-256 hash is kept.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.boolean('provider_admin').notNullable().defaultTo(false);
    t.bigInteger('last_sign_in_at').nullable();
    t.integer('failed_sign_ins').notNullable().defaultTo(0);
    t.bigInteger('last_failed_sign_in_at').nullable();
    t.bigInteger('last_locked_out_at').nullable();
  });
  await knex.schema.createTable('account_links', (t) => {
    t.increments('id').primary();
    t.integer('user_id').notNullable().references('id').inTable('users');
    // 'invitation' or 'password-reset'.
    t.string('purpose', 20).notNullable();
    t.string('token_hash', 64).notNullable().unique();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').notNullable();
    t.bigInteger('used_at').nullable();
    t.index(['user_id', 'purpose']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('account_links');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('last_locked_out_at');
    t.dropColumn('last_failed_sign_in_at');
    t.dropColumn('failed_sign_ins');
    t.dropColumn('last_sign_in_at');
    t.dropColumn('provider_admin');
  });
}
