import type { Knex } from 'knex';

// A version token for the providers and their zone roles (src/db/versioned.ts), so a round keeps the
// providers it draws from in memory instead of reading them with every intake (docs/BENCHMARKS.md
// "Intake: the round's reads", issue 22). The tables are written by commissioners' and admins' commands
// and the CQC import, never by an intake, offer or award, so the token's row is no lock on that path.
// Triggers as in 20261207200100_create_data_versions.ts, which made the PostgreSQL function they call.
const NAME = 'providers';
const TABLES = ['providers', 'provider_zone_roles'];
const OPERATIONS = ['insert', 'update', 'delete'];

export async function up(knex: Knex): Promise<void> {
  const pg = knex.client.config.client === 'pg';
  const token = pg ? 'md5(random()::text || clock_timestamp()::text)' : 'lower(hex(randomblob(16)))';
  await knex.raw(`INSERT INTO data_versions (name, token) VALUES (?, ${token})`, [NAME]);
  for (const table of TABLES) {
    if (pg) {
      await knex.raw(`
        CREATE TRIGGER ${table}_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION data_versions_bump('${NAME}')`);
      continue;
    }
    for (const operation of OPERATIONS) {
      await knex.raw(`
        CREATE TRIGGER ${table}_version_${operation} AFTER ${operation.toUpperCase()} ON ${table}
        BEGIN UPDATE data_versions SET token = ${token} WHERE name = '${NAME}'; END`);
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  const pg = knex.client.config.client === 'pg';
  for (const table of TABLES) {
    if (pg) await knex.raw(`DROP TRIGGER IF EXISTS ${table}_version ON ${table}`);
    else
      for (const operation of OPERATIONS)
        await knex.raw(`DROP TRIGGER IF EXISTS ${table}_version_${operation}`);
  }
  await knex('data_versions').where({ name: NAME }).delete();
}
