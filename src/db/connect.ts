import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import type { Config } from '../config';
import { connectionSettings } from './dialect';

export type Db = Knex;

/** A connection or a transaction: queries that may run inside a caller's transaction take this. */
export type Queryable = Knex | Knex.Transaction;

export function connect(database: Config['database']): Db {
  if (database.client === 'sqlite3' && database.file !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(database.file)), { recursive: true });
  }
  return knex(connectionSettings(database));
}

/** True when the database answers a trivial query. */
export async function isReachable(db: Db): Promise<boolean> {
  try {
    await db.raw('select 1');
    return true;
  } catch {
    return false;
  }
}
