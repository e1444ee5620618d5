import type { Knex } from 'knex';

// A version token for reference data the service keeps in memory (src/db/versioned.ts): every write
// to the tables below sets a new random token in the same transaction, so an instance compares the
// token with the one its copy was read under and reads again only when they differ. Random, not a
// counter: a rolled-back write would let a counter repeat for different rows.
const TRACKED: Record<string, string[]> = {
  'provider-needs': ['provider_need_declarations', 'specialist_appointments'],
  scores: ['score_snapshots'],
  capacity: ['capacity_declarations'],
};

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('data_versions', (t) => {
    t.string('name', 40).primary();
    t.string('token', 40).notNullable();
  });
  const pg = knex.client.config.client === 'pg';
  const token = pg ? 'md5(random()::text || clock_timestamp()::text)' : 'lower(hex(randomblob(16)))';
  if (pg) {
    await knex.raw(`
      CREATE FUNCTION data_versions_bump() RETURNS trigger AS $$
      BEGIN UPDATE data_versions SET token = ${token} WHERE name = TG_ARGV[0]; RETURN NULL; END;
      $$ LANGUAGE plpgsql`);
  }
  for (const [name, tables] of Object.entries(TRACKED)) {
    await knex.raw(`INSERT INTO data_versions (name, token) VALUES (?, ${token})`, [name]);
    for (const table of tables) {
      if (pg) {
        await knex.raw(`
          CREATE TRIGGER ${table}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump('${name}')`);
        continue;
      }
      for (const operation of ['INSERT', 'UPDATE', 'DELETE']) {
        await knex.raw(`
          CREATE TRIGGER ${table}_version_${operation.toLowerCase()} AFTER ${operation} ON ${table}
          BEGIN UPDATE data_versions SET token = ${token} WHERE name = '${name}'; END`);
      }
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  const pg = knex.client.config.client === 'pg';
  for (const table of Object.values(TRACKED).flat()) {
    if (pg) await knex.raw(`DROP TRIGGER IF EXISTS ${table}_version ON ${table}`);
    else {
      for (const operation of ['insert', 'update', 'delete']) {
        await knex.raw(`DROP TRIGGER IF EXISTS ${table}_version_${operation}`);
      }
    }
  }
  if (pg) await knex.raw('DROP FUNCTION IF EXISTS data_versions_bump()');
  await knex.schema.dropTable('data_versions');
}
