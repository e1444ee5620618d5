import type { Knex } from 'knex';

// Failed authentications (a 401: a bad token, a wrong password), counted per address and per sign-in
// account over a sliding 15 minutes by src/auth/failures.ts. In the database, not in memory, so that
// every instance behind the load balancer counts the same failures. Rows older than the window are
// deleted by the retention job.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('auth_failures', (t) => {
    t.increments('id').primary();
    t.string('key', 320).notNullable();
    t.bigInteger('at').notNullable();
    t.index(['key', 'at']);
    t.index(['at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('auth_failures');
}
