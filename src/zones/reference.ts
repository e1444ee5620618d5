import type { Knex } from 'knex';
import { toBool } from '../db/dialect';

/** What brokerage and the package views need of a zone: its name, whether it has primes, its neighbours. */
export interface ZoneReference {
  id: string;
  name: string;
  hasPrimes: boolean;
  neighbourZoneIds: string[];
}

type Zones = ReadonlyMap<string, ZoneReference>;

// Keyed by the connection settings, which a database handle and its transactions share.
const loaded = new WeakMap<object, Promise<Zones>>();

/**
 * The zones table, read once per database. It is reference data written only at start-up (by
 * seeds/reference.ts from geo/zones.geojson, identical on every instance), so every instance may
 * keep it; a zone missing from what was read sends the next call back to the table.
 */
export function zoneReference(db: Knex): Promise<Zones> {
  const key = db.client.config as object;
  let zones = loaded.get(key);
  if (!zones) {
    zones = readZones(db);
    loaded.set(key, zones);
    zones.then(
      (read) => {
        if (read.size === 0) loaded.delete(key);
      },
      () => loaded.delete(key),
    );
  }
  return zones;
}

/** One zone's reference; reads the table again when the zone was added after the last read. */
export async function zoneOf(db: Knex, zoneId: string): Promise<ZoneReference | undefined> {
  const zone = (await zoneReference(db)).get(zoneId);
  if (zone) return zone;
  loaded.delete(db.client.config as object);
  return (await zoneReference(db)).get(zoneId);
}

async function readZones(db: Knex): Promise<Zones> {
  const rows: { id: string; name: string; has_primes: unknown; neighbours_json: string }[] = await db(
    'zones',
  ).select('id', 'name', 'has_primes', 'neighbours_json');
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        hasPrimes: toBool(r.has_primes),
        neighbourZoneIds: JSON.parse(r.neighbours_json) as string[],
      },
    ]),
  );
}
