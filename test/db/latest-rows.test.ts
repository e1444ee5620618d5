import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestSnapshots } from '../../src/performance/scores/queries';
import { latestDeclarationsQuery } from '../../src/providers/queries';
import { buildSnapshot, declareCapacity, ensureReference, historyProvider } from '../factories';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

const ZONE = 'charnwood-north';

/** "The latest row at a time" — the score allocation ranks by, the capacity it counts on — on both engines. */
describe('latest score snapshot and capacity declaration', () => {
  let test: TestDatabase;
  let a: number;
  let b: number;

  const snapshot = (providerId: number, computedAt: number, value: number) =>
    buildSnapshot(test.db, { providerId, zoneId: ZONE, computedAt, value });

  beforeAll(async () => {
    test = await createMigratedDatabase();
    await ensureReference(test.db);
    const roles = [{ zoneId: ZONE, role: 'prime' as const }];
    a = await historyProvider(test.db, { roles });
    b = await historyProvider(test.db, { roles });
    await snapshot(a, 100, 10);
    await snapshot(a, 200, 20);
    await snapshot(a, 200, 25); // a second run at the same instant
    await snapshot(a, 300, 30);
    await snapshot(b, 150, 15);
  });
  afterAll(() => test.destroy());

  it('is the latest snapshot at or before the time, the later row when two share a time', async () => {
    const values = async (at: number) =>
      Object.fromEntries(
        [...(await latestSnapshots(test.db, ZONE, [a, b], at))].map(([id, s]) => [id, s.value]),
      );
    expect(await values(250)).toEqual({ [a]: 25, [b]: 15 });
    expect(await values(300)).toEqual({ [a]: 30, [b]: 15 });
    expect(await values(120)).toEqual({ [a]: 10 });
    expect(await values(99)).toEqual({});
    expect(await latestSnapshots(test.db, 'melton', [a, b], 300)).toEqual(new Map());
  });

  it('is the latest declaration of each provider and zone, the later row when two share a time', async () => {
    const declare = (providerId: number, at: number, weeklyMinutes: number) =>
      declareCapacity(test.db, { providerId, zoneId: ZONE, weeklyMinutes, at });
    // Later than the factory's own declarations.
    const t = Date.parse('2100-01-01T00:00:00Z');
    await declare(a, t + 5_000, 600);
    await declare(a, t + 6_000, 700);
    await declare(a, t + 6_000, 800);
    await declare(b, t + 4_000, 300);
    const rows: { provider_id: number; weekly_minutes: number }[] = await latestDeclarationsQuery(test.db, {
      providerIds: [a, b],
      zoneId: ZONE,
    }).select('d.provider_id', 'd.weekly_minutes');
    expect(Object.fromEntries(rows.map((r) => [Number(r.provider_id), Number(r.weekly_minutes)]))).toEqual({
      [a]: 800,
      [b]: 300,
    });
  });
});
