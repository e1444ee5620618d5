import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { together } from '../../src/db/dialect';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';

/** Independent queries of one transaction sent together (SQLite) or in turn (PostgreSQL). */
describe('together', () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createEmptyDatabase();
    await test.db.schema.createTable('items', (t) => {
      t.increments('id').primary();
      t.string('name', 20).notNullable().unique();
    });
  });
  afterAll(async () => test.destroy());

  it('returns every result in the order the queries were given', async () => {
    await test.db('items').insert([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    const [first, count, names] = await test.db.transaction((trx) =>
      together(trx, [
        () => trx('items').where({ name: 'a' }).first('name'),
        () => trx('items').count({ n: '*' }).first(),
        () => trx('items').orderBy('name', 'desc').pluck('name'),
      ]),
    );
    expect(first).toEqual({ name: 'a' });
    expect(Number(count!.n)).toBe(3);
    expect(names).toEqual(['c', 'b', 'a']);
  });

  it('lets every query finish before it throws, so the rollback takes back the writes sent with the failure', async () => {
    const finished: string[] = [];
    const attempt = test.db.transaction((trx) =>
      together(trx, [
        () =>
          trx('items')
            .insert({ name: 'd' })
            .then(() => finished.push('d')),
        () => trx('items').insert({ name: 'a' }), // already there: a unique violation
        () =>
          trx('items')
            .insert({ name: 'e' })
            .then(() => finished.push('e')),
      ]),
    );
    await expect(attempt).rejects.toThrow(/unique|duplicate/i);
    // SQLite ran the writes either side of the failure; PostgreSQL stopped at it. None committed.
    expect(finished.sort()).toEqual(test.engine === 'postgres' ? ['d'] : ['d', 'e']);
    expect((await test.db('items').orderBy('name').pluck('name')).sort()).toEqual(['a', 'b', 'c']);
  });

  it('sends the queries to SQLite at once, and to a PostgreSQL client one at a time (pg deprecates overlapping calls)', async () => {
    let inFlight = 0;
    let most = 0;
    const isRead = (q: { sql: string }) => q.sql.startsWith('select');
    const start = (q: { sql: string }) => isRead(q) && (most = Math.max(most, ++inFlight));
    const end = (_: unknown, q: { sql: string }) => isRead(q) && (inFlight -= 1);
    test.db.on('query', start).on('query-response', end);
    try {
      await test.db.transaction((trx) =>
        together(
          trx,
          Array.from({ length: 8 }, (_, i) => () => trx('items').where({ id: i }).first()),
        ),
      );
    } finally {
      test.db.off('query', start).off('query-response', end);
    }
    expect(most).toBe(test.engine === 'postgres' ? 1 : 8);
  });
});
