import { booleanIntersects } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROVIDER_ZONE, demoCapacity, seedDemoData } from '../../seeds/demo';
import { buildDemoFramework } from '../../seeds/demo/framework';
import { seedReferenceData } from '../../seeds/reference';
import { readZoneLayer, sharedEdgeNeighbours, zoneRows, type ZoneLayer } from '../../seeds/zones';
import { ZONE_CATALOGUE } from '../../src/zones/catalogue';
import { createMigratedDatabase, type TestDatabase } from '../helpers/db';

const layer = readZoneLayer();
const NOW = Date.parse('2026-01-05T09:00:00Z');

describe('zone rows from geo/zones.geojson', () => {
  const rows = zoneRows(layer);

  it('holds the 14 catalogue zones, with the rural free zone the only one without primes', () => {
    expect(rows.map((r) => r.id)).toEqual(ZONE_CATALOGUE.map((z) => z.id));
    expect(rows.filter((r) => !r.has_primes).map((r) => [r.id, r.min_primes, r.min_providers])).toEqual([
      ['harborough-rural', 0, 2],
    ]);
    expect(JSON.parse(rows.find((r) => r.id === 'oadby-wigston')!.aliases_json)).toContain(
      'Oadby and Wigton',
    );
  });

  it('makes neighbours symmetric, never self, and exactly the zones whose polygons meet', () => {
    const neighbours = sharedEdgeNeighbours(layer);
    for (const a of layer.features) {
      const expected = layer.features
        .filter((b) => b !== a && booleanIntersects(a, b))
        .map((b) => b.properties.id)
        .sort();
      expect(neighbours[a.properties.id], a.properties.id).toEqual(expected);
      for (const b of neighbours[a.properties.id] ?? []) expect(neighbours[b]).toContain(a.properties.id);
    }
    expect(JSON.parse(rows.find((r) => r.id === 'bottesford')!.neighbours_json)).toEqual(['melton']);
  });

  it("uses the layer's own neighbours when geo:build provides them", () => {
    const withNeighbours: ZoneLayer = {
      ...layer,
      features: layer.features.map((f) => ({
        ...f,
        properties: { ...f.properties, neighbours: ['z-given'] },
      })),
    };
    expect(JSON.parse(zoneRows(withNeighbours)[0]!.neighbours_json)).toEqual(['z-given']);
  });

  it('refuses a layer that does not match the catalogue', () => {
    expect(() => zoneRows({ ...layer, features: layer.features.slice(1) })).toThrow(
      /missing: coalville-ashby/,
    );
  });
});

describe('seeding a database', () => {
  let test: TestDatabase;
  const count = async (table: string) =>
    Number(((await test.db(table).count({ n: '*' }).first()) as { n: number | string }).n);

  beforeAll(async () => {
    test = await createMigratedDatabase();
  });
  afterAll(() => test.destroy());

  it('loads the reference data idempotently: 14 zones and the indicative card', async () => {
    await seedReferenceData(test.db, NOW);
    await seedReferenceData(test.db, NOW + 1000);
    expect(await count('zones')).toBe(14);
    expect(await count('rate_cards')).toBe(1);
    const rates = await test
      .db('rate_card_rates')
      .orderBy('hourly_rate_pence')
      .select('band', 'hourly_rate_pence');
    expect(rates).toEqual([
      { band: 'urban', hourly_rate_pence: 1875 },
      { band: 'fringe', hourly_rate_pence: 2020 },
      { band: 'rural', hourly_rate_pence: 2300 },
      { band: 'isolated', hourly_rate_pence: 2635 },
    ]);
  });

  it('loads the demo framework idempotently, with capacity for every membership', async () => {
    await seedDemoData(test.db, NOW);
    await seedDemoData(test.db, NOW + 86_400_000);
    expect(await count('providers')).toBe(49);
    expect(await count('provider_zone_roles')).toBe(206);
    expect(await count('capacity_declarations')).toBe(206);
    expect(
      await test.db('provider_zone_roles').where({ zone_id: 'harborough-rural', role: 'prime' }),
    ).toEqual([]);
    const minutes = (await test.db('capacity_declarations').pluck('weekly_minutes')).map(Number);
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(20 * 60);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(120 * 60);
  });

  it('binds the demo provider user to the best prime of Charnwood North', async () => {
    const framework = buildDemoFramework(2021);
    const best = framework.memberships.find((m) => m.zoneId === DEMO_PROVIDER_ZONE && m.role === 'prime')!;
    const key = framework.providers.find((p) => p.key === best.providerKey)!;
    const user = await test
      .db('users as u')
      .join('providers as p', 'p.id', 'u.provider_id')
      .where('u.role', 'provider')
      .first('p.cqc_location_id');
    expect(user.cqc_location_id).toBe(key.cqcLocationId);
    const role = await test
      .db('provider_zone_roles as r')
      .join('providers as p', 'p.id', 'r.provider_id')
      .where({ 'p.cqc_location_id': key.cqcLocationId, 'r.zone_id': DEMO_PROVIDER_ZONE })
      .first('r.role');
    expect(role.role).toBe('prime');
    // One demo user per role: officer, commissioner, admin, provider and the elected member.
    expect(await count('users')).toBe(5);
  });

  it('declares deterministic capacity, primes no less than the middle of their range', () => {
    const membership = { providerKey: 'demo-provider-01', zoneId: 'charnwood-north', role: 'prime' as const };
    expect(demoCapacity(membership, NOW)).toEqual(demoCapacity(membership, NOW));
    expect(demoCapacity(membership, NOW).weeklyMinutes).toBeGreaterThanOrEqual(80 * 60);
  });
});
