import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zoneOf, zoneReference } from '../../src/zones/reference';
import { ensureReference } from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

/** The zones table is read once per database, and again only for a zone it has not seen. */
describe('zone reference', () => {
  let test: TestDatabase;
  let reads = 0;
  const countReads = (q: { sql: string }) => {
    if (/from [`"]zones[`"]/.test(q.sql)) reads += 1;
  };

  beforeAll(async () => {
    test = await createMigratedDatabase();
    test.db.on('query', countReads);
  });
  afterAll(async () => test.destroy());

  it('does not keep an empty table, so zones seeded after the first read are found', async () => {
    expect((await zoneReference(test.db)).size).toBe(0);
    await ensureReference(test.db);
    const zones = await zoneReference(test.db);
    expect(zones.size).toBe(14);
    expect(zones.get('harborough-rural')).toMatchObject({ hasPrimes: false });
    expect(zones.get('melton')).toMatchObject({ name: 'Melton', hasPrimes: true });
  });

  it('answers from what it read, inside transactions too', async () => {
    reads = 0;
    await zoneReference(test.db);
    await test.db.transaction(async (trx) => {
      expect((await zoneOf(trx, 'melton'))?.name).toBe('Melton');
    });
    expect(reads).toBe(0);
  });

  it('reads the table again for a zone added since, and only then', async () => {
    const melton = await test.db('zones').where({ id: 'melton' }).first();
    await test.db('zones').insert({ ...melton, id: 'added-since', name: 'Added since' });
    reads = 0;
    expect((await zoneOf(test.db, 'added-since'))?.name).toBe('Added since');
    expect(reads).toBe(1);
    expect((await zoneOf(test.db, 'melton'))?.name).toBe('Melton');
    expect(reads).toBe(1);
    expect(await zoneOf(test.db, 'no-such-zone')).toBeUndefined();
    expect(reads).toBe(2);
  });
});
