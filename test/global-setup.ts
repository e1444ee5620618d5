import { randomBytes } from 'node:crypto';
import knex, { type Knex } from 'knex';
import type { TestProject } from 'vitest/node';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PostgreSQL database that test files copy (CREATE DATABASE … TEMPLATE). */
    postgresTemplate: string | null;
    /** How a copy is made: `STRATEGY FILE_COPY` where the server has it (PostgreSQL 15+), else nothing. */
    postgresCopyStrategy: string;
  }
}

/**
 * On PostgreSQL, migrates one template database per run: each test file then copies it in tens of
 * milliseconds instead of running every migration (about half a second a file). SQLite files
 * migrate quickly enough that they do not need it.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    project.provide('postgresTemplate', null);
    project.provide('postgresCopyStrategy', '');
    return;
  }
  const name = `hcfl_template_${randomBytes(6).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${name}`;
  const db = connect({ client: 'pg', url: templateUrl.toString(), poolMax: 1 });
  await migrateLatest(db);
  // A template must have no open connections while it is copied.
  await db.destroy();
  project.provide('postgresTemplate', name);
  project.provide('postgresCopyStrategy', await copyStrategy(admin));
  return async () => {
    await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.destroy();
  };
}

/**
 * PostgreSQL 15 copies a template block by block through the write-ahead log by default; copying its
 * files instead (and the two checkpoints that takes, cheap on a test server) costs the server a
 * fifth to a half of the CPU per test file (docs/BENCHMARKS.md "The PostgreSQL test suite").
 */
async function copyStrategy(admin: Knex): Promise<string> {
  const { rows } = (await admin.raw(`select current_setting('server_version_num')::int as version`)) as {
    rows: { version: number }[];
  };
  return (rows[0]?.version ?? 0) >= 150000 ? 'STRATEGY FILE_COPY' : '';
}
