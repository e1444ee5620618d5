import type { Knex } from 'knex';

// An optional second factor for password users (src/users/totp.ts): the TOTP secret, when the user
// confirmed it, and the last time step accepted (a code is accepted once).
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.string('totp_secret', 64).nullable();
    t.bigInteger('totp_enabled_at').nullable();
    t.bigInteger('totp_last_step').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('totp_last_step');
    t.dropColumn('totp_enabled_at');
    t.dropColumn('totp_secret');
  });
}
