import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZoneFacts } from '../../src/zones/facts';
import { ensureReference } from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

/** The zones table is read once per service, and again only for a zone it has not seen. */
describe('zone facts', () => {
  let test: TestDatabase;
  let reads = 0;
  const countReads = (q: { sql: string }) => {
    if (/from [`"]zones[`"]/.test(q.sql)) reads += 1;
  };
  const zoneFacts = createZoneFacts();

  beforeAll(async () => {
    test = await createMigratedDatabase();
    test.db.on('query', countReads);
  });
  afterAll(async () => test.destroy());

  it('does not keep an empty table, so zones seeded after the first read are found', async () => {
    expect((await zoneFacts.all(test.db)).size).toBe(0);
    await ensureReference(test.db);
    const zones = await zoneFacts.all(test.db);
    expect(zones.size).toBe(14);
    expect(zones.get('harborough-rural')).toMatchObject({ hasPrimes: false, minPrimes: 0, minProviders: 2 });
    expect(zones.get('melton')).toMatchObject({ name: 'Melton', hasPrimes: true, minPrimes: 2 });
    expect(Array.isArray(zones.get('bottesford')?.neighbourZoneIds)).toBe(true);
  });

  it('answers from what it read, inside transactions too', async () => {
    reads = 0;
    await zoneFacts.all(test.db);
    await test.db.transaction(async (trx) => {
      expect((await zoneFacts.of(trx, 'melton'))?.name).toBe('Melton');
    });
    expect(reads).toBe(0);
  });

  it('lists the zones in the catalogue order, largest zones first', async () => {
    const list = await zoneFacts.list(test.db);
    expect(list.map((z) => z.id).slice(0, 2)).toEqual(['coalville-ashby', 'charnwood-north']);
    expect(list.at(-1)?.id).toBe('harborough-rural');
  });

  it('reads the table again for a zone added since, and only then', async () => {
    const melton = await test.db('zones').where({ id: 'melton' }).first();
    await test.db('zones').insert({ ...melton, id: 'added-since', name: 'Added since' });
    reads = 0;
    expect((await zoneFacts.of(test.db, 'added-since'))?.name).toBe('Added since');
    expect(reads).toBe(1);
    expect((await zoneFacts.of(test.db, 'melton'))?.name).toBe('Melton');
    expect(reads).toBe(1);
    expect(await zoneFacts.of(test.db, 'no-such-zone')).toBeUndefined();
    expect(reads).toBe(2);
  });

  it('keeps what it read to itself: another service reads the table for its own', async () => {
    reads = 0;
    expect((await createZoneFacts().of(test.db, 'melton'))?.name).toBe('Melton');
    expect(reads).toBe(1);
  });
});
