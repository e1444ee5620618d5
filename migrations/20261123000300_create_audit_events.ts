import type { Knex } from 'knex';

// The append-only audit trail: who, when, what, before, after. The database itself refuses
// updates and deletes, so no code path (or hand-written SQL) can rewrite history.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_events', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('at').notNullable();
    t.integer('actor_user_id').nullable();
    t.string('actor_role', 20).notNullable();
    t.string('action', 80).notNullable();
    t.string('entity_type', 40).notNullable();
    t.string('entity_id', 80).notNullable();
    t.text('before_json').nullable();
    t.text('after_json').nullable();
    t.string('request_id', 80).nullable();
    t.index(['entity_type', 'entity_id']);
    t.index(['at']);
  });
  if (knex.client.config.client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END;
      $$ LANGUAGE plpgsql`);
    await knex.raw(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  } else {
    for (const operation of ['UPDATE', 'DELETE']) {
      await knex.raw(`
        CREATE TRIGGER audit_events_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_events');
  if (knex.client.config.client === 'pg') {
    await knex.raw('DROP FUNCTION IF EXISTS audit_events_append_only()');
  }
}
