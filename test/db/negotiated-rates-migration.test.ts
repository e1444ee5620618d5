import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateLatest, migrationSource } from '../../src/db/migrations';
import { seedReferenceData } from '../../seeds/reference';
import { buildPackage } from '../factories';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';

const RATES = '20261205300100_create_negotiated_rates.ts';
const ENDED_ON = '20261205300300_add_package_care_ended_on.ts';

/**
 * Rates follow the card (docs/specification/rates-and-costs.md §3.9): a rate frozen at intake that
 * differs from the intake card becomes a negotiated rate; an equal one follows the card. An ended
 * package's last day of care comes from its audit row.
 */
describe('the rates-in-force migrations', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createEmptyDatabase();
    await migrateLatest(test.db);
    await seedReferenceData(test.db, Date.parse('2026-01-05T09:00:00Z'));
  });
  afterAll(() => test.destroy());

  it('turns differing frozen rates into negotiated rates and dates ended care', async () => {
    const createdAt = Date.parse('2025-06-10T10:00:00Z');
    const byCard = await buildPackage(test.db, { band: 'urban', hourlyRatePence: 1875, createdAt });
    const byHand = await buildPackage(test.db, { band: 'urban', hourlyRatePence: 2150, createdAt });
    const ended = await buildPackage(test.db, {
      status: 'ended',
      closedAt: Date.parse('2025-08-02T10:00:00Z'),
    });
    const endedUnaudited = await buildPackage(test.db, {
      status: 'ended',
      closedAt: Date.parse('2025-09-03T10:00:00Z'),
    });
    for (const name of [ENDED_ON, '20261205300200_create_budgets.ts', RATES])
      await test.db.migrate.down({ migrationSource, name });
    await test.db('audit_events').insert({
      at: Date.parse('2025-08-02T10:00:00Z'),
      actor_role: 'officer',
      action: 'package.end',
      entity_type: 'package',
      entity_id: String(ended),
      after_json: JSON.stringify({ status: 'ended', endedOn: '2025-07-31', reason: 'moved' }),
    });
    await migrateLatest(test.db);
    const negotiated = await test
      .db('negotiated_rates')
      .select('package_id', 'applies_from', 'hourly_rate_pence');
    expect(negotiated).toEqual([{ package_id: byHand, applies_from: '2025-06-10', hourly_rate_pence: 2150 }]);
    expect(negotiated.some((n) => n.package_id === byCard)).toBe(false);
    const endedOn = async (id: number) =>
      (await test.db('packages').where({ id }).first('care_ended_on')).care_ended_on;
    expect(await endedOn(ended)).toBe('2025-07-31');
    expect(await endedOn(endedUnaudited)).toBe('2025-09-03');
  });
});
