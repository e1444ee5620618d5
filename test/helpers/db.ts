import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { inject } from 'vitest';
import { connect, type Db } from '../../src/db/connect';
import { migrateLatest } from '../../src/db/migrations';

export interface TestDatabase {
  db: Db;
  engine: 'sqlite' | 'postgres';
  /** Connection settings, for tests that start a second process on the same database. */
  env: Record<string, string>;
  destroy(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a new SQLite file, or a new PostgreSQL database
 * when DATABASE_URL is set (CI runs the whole suite both ways).
 */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return createPostgresDatabase(url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-test-'));
  const file = path.join(dir, 'test.sqlite');
  const db = connect({ client: 'sqlite3', file });
  return {
    db,
    engine: 'sqlite',
    env: { SQLITE_FILE: file },
    async destroy() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createMigratedDatabase(): Promise<TestDatabase> {
  // On PostgreSQL a copy of the run's migrated template (test/global-setup.ts).
  const template = process.env.DATABASE_URL ? inject('postgresTemplate') : null;
  if (template)
    return createPostgresDatabase(process.env.DATABASE_URL!, template, inject('postgresCopyStrategy'));
  const test = await createEmptyDatabase();
  await migrateLatest(test.db);
  return test;
}

async function createPostgresDatabase(url: string, template?: string, strategy = ''): Promise<TestDatabase> {
  const name = `hcfl_test_${randomBytes(6).toString('hex')}`;
  const admin = knex({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
  await admin.raw(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template} ${strategy}` : ''}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const db = connect({ client: 'pg', url: testUrl.toString(), poolMax: 10 });
  return {
    db,
    engine: 'postgres',
    env: { DATABASE_URL: testUrl.toString() },
    async destroy() {
      await db.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
