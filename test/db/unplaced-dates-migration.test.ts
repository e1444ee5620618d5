import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findUnplacedDates } from '../../src/calendar/unplaced-queries';
import { migrateLatest, migrationSource } from '../../src/db/migrations';
import { buildProvider } from '../factories';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';

const MIGRATION = '20261203003000_report_unplaced_dates.ts';

/** The migration that reports stored dates outside 1900–2200, and the query the admin page uses. */
describe(MIGRATION, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createEmptyDatabase();
    await migrateLatest(test.db);
  });
  afterAll(() => test.destroy());

  it('logs each such row when it runs, and the admin query lists the same rows', async () => {
    const id = await buildProvider(test.db, { admittedOn: '0021-11-01' });
    await test.db.migrate.down({ migrationSource, name: MIGRATION });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await migrateLatest(test.db);
      const logged = warn.mock.calls.map((args) => String(args[0])).join('\n');
      expect(logged).toContain(`1 row(s) of providers.admitted_on hold a date outside 1900–2200`);
      expect(logged).toContain(`${id}="0021-11-01"`);
    } finally {
      warn.mockRestore();
    }
    expect(await findUnplacedDates(test.db)).toEqual([
      { table: 'providers', id, column: 'admitted_on', value: '0021-11-01' },
    ]);
  });
});
