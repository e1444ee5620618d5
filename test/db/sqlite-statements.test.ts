import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type Db } from '../../src/db/connect';
import { cacheStatements } from '../../src/db/sqlite-statements';

/** The prepared-statement cache under knex's SQLite client (src/db/dialect.ts installs it). */
describe('SQLite prepared-statement cache', () => {
  let dir: string;
  let db: Db;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-statements-'));
    db = connect({ client: 'sqlite3', file: path.join(dir, 'test.sqlite') });
    await db.schema.createTable('t', (t) => {
      t.increments('id');
      t.integer('v').notNullable().unique();
    });
  });
  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives each call its own parameters, ids and change counts, also when calls overlap', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(async (v) => (await db('t').insert({ v }))[0]));
    expect(ids.sort()).toEqual([1, 2, 3, 4]);
    const rows = await Promise.all([1, 2, 3, 4].map((v) => db('t').where({ v }).first('id')));
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(
      await db('t')
        .where('v', '>', 2)
        .update({ v: db.raw('v + 10') }),
    ).toBe(2);
    expect(await db('t').orderBy('v').pluck('v')).toEqual([1, 2, 13, 14]);
  });

  it('reports a failed statement as an error and keeps working afterwards', async () => {
    await db('t').insert({ v: 1 });
    await expect(db('t').insert({ v: 1 })).rejects.toThrow(/UNIQUE/);
    await expect(db.raw('select nope from t')).rejects.toThrow(/no such column/);
    await db('t').insert({ v: 2 });
    expect(await db('t').count({ n: '*' }).first()).toEqual({ n: 2 });
  });

  it('rolls back a failed transaction that used cached statements', async () => {
    await db('t').insert({ v: 1 });
    await expect(
      db.transaction(async (trx) => {
        await trx('t').insert({ v: 2 });
        await trx('t').insert({ v: 1 });
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await db('t').pluck('v')).toEqual([1]);
  });

  it('sees columns added after a statement was prepared', async () => {
    await db('t').insert({ v: 1 });
    expect(await db('t').select('*')).toEqual([{ id: 1, v: 1 }]);
    await db.schema.alterTable('t', (t) => t.text('note').nullable());
    expect(await db('t').select('*')).toEqual([{ id: 1, v: 1, note: null }]);
  });

  it('keeps at most its capacity of statements, finalizing the least recently used, and closes cleanly', async () => {
    const raw = new sqlite3.Database(':memory:');
    const finalized: string[] = [];
    const prepare = raw.prepare.bind(raw);
    raw.prepare = ((sql: string, callback?: (err: Error | null) => void) => {
      const statement = prepare(sql, callback);
      const finalize = statement.finalize.bind(statement);
      statement.finalize = ((cb?: (err: Error) => void) => {
        finalized.push(sql);
        return finalize(cb);
      }) as typeof statement.finalize;
      return statement;
    }) as typeof raw.prepare;
    cacheStatements(raw, 2);
    const all = (sql: string) =>
      new Promise<unknown[]>((resolve, reject) =>
        raw.all(sql, [], (err, rows) => (err ? reject(err) : resolve(rows))),
      );
    await all('select 1 as a');
    await all('select 2 as a');
    await all('select 1 as a'); // used again: now the most recent
    expect(await all('select 3 as a')).toEqual([{ a: 3 }]);
    expect(finalized).toEqual(['select 2 as a']);
    await new Promise<void>((resolve, reject) => raw.close((err) => (err ? reject(err) : resolve())));
    expect(finalized.sort()).toEqual(['select 1 as a', 'select 2 as a', 'select 3 as a']);
  });
});
