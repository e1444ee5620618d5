import type { Knex } from 'knex';

// Web session ids are stored as their SHA-256 hash (src/web/session/hashed-store.ts), so a copy of
// the table (a backup, a read replica) holds no cookie that signs anyone in. Existing sessions were
// keyed by the raw id: they are dropped, and their users sign in again. user_id lets a user list and
// end their own sessions and an admin end a user's.
export async function up(knex: Knex): Promise<void> {
  await knex('web_sessions').delete();
  await knex.schema.alterTable('web_sessions', (t) => {
    t.integer('user_id').nullable();
    t.index(['user_id'], 'web_sessions_user_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex('web_sessions').delete();
  await knex.schema.alterTable('web_sessions', (t) => {
    t.dropIndex(['user_id'], 'web_sessions_user_index');
    t.dropColumn('user_id');
  });
}
