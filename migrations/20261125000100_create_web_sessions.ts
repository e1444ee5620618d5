import type { Knex } from 'knex';

// Web sign-in sessions (src/web/session), kept in the database so that every instance behind a
// load balancer sees the same sessions. The columns are the ones connect-session-knex reads and
// writes (sid, sess, expired), so the store's own table creation stays off; `expired` is a
// timestamp rather than our usual epoch-millisecond bigint because the store compares it as one.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('web_sessions', (t) => {
    t.string('sid', 255).primary();
    t.json('sess').notNullable();
    t.timestamp('expired', { useTz: true }).notNullable();
    t.index(['expired'], 'web_sessions_expired_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('web_sessions');
}
