import type { Knex } from 'knex';
import { toBool } from '../db/dialect';
import { ZONE_CATALOGUE } from './catalogue';

/**
 * What the rest of the service knows of a zone besides its geometry: its name and size, whether it
 * has primes, its minimum primes and providers (docs/specification/providers-and-framework.md
 * §4.5), and the zones it borders.
 */
export interface ZoneFacts {
  id: string;
  name: string;
  sizeClass: string;
  plannedWeeklyHours: number;
  hasPrimes: boolean;
  minPrimes: number;
  minProviders: number;
  neighbourZoneIds: string[];
}

type ZoneMap = ReadonlyMap<string, ZoneFacts>;

/**
 * The zones table, read through the zones module only, once per service (buildServices makes
 * one). It is reference data written only at start-up (by seeds/reference.ts from
 * geo/zones.geojson, identical on every instance), so every instance may keep it; an empty table
 * is not kept, and a zone missing from what was read sends the next call back to the table.
 *
 * Each call reads through the handle it is given: inside a transaction, pass the transaction
 * (SQLite has one connection, which the transaction holds).
 */
export function createZoneFacts() {
  let read: Promise<ZoneMap> | undefined;

  function all(db: Knex): Promise<ZoneMap> {
    if (read) return read;
    const reading = readZones(db);
    const forget = () => {
      if (read === reading) read = undefined;
    };
    read = reading;
    reading.then((zones) => {
      if (zones.size === 0) forget();
    }, forget);
    return reading;
  }

  /** One zone; reads the table again when the zone was added after the last read. */
  async function of(db: Knex, zoneId: string): Promise<ZoneFacts | undefined> {
    const zone = (await all(db)).get(zoneId);
    if (zone) return zone;
    read = undefined;
    return (await all(db)).get(zoneId);
  }

  return {
    all,
    of,
    /** Every zone's name, by id. */
    async names(db: Knex): Promise<Map<string, string>> {
      return new Map([...(await all(db)).values()].map((z) => [z.id, z.name]));
    },
    /** Every zone, in the catalogue's order (largest zones first, as the papers list them). */
    async list(db: Knex): Promise<ZoneFacts[]> {
      const order = (id: string) => {
        const index = ZONE_CATALOGUE.findIndex((z) => z.id === id);
        return index === -1 ? ZONE_CATALOGUE.length : index;
      };
      return [...(await all(db)).values()].sort(
        (a, b) => order(a.id) - order(b.id) || (a.id < b.id ? -1 : 1),
      );
    },
  };
}

export type ZoneFactsService = ReturnType<typeof createZoneFacts>;

interface ZoneRow {
  id: string;
  name: string;
  size_class: string;
  planned_weekly_hours: number;
  has_primes: unknown;
  min_primes: number;
  min_providers: number;
  neighbours_json: string;
}

async function readZones(db: Knex): Promise<ZoneMap> {
  const rows: ZoneRow[] = await db('zones').select(
    'id',
    'name',
    'size_class',
    'planned_weekly_hours',
    'has_primes',
    'min_primes',
    'min_providers',
    'neighbours_json',
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        sizeClass: r.size_class,
        plannedWeeklyHours: Number(r.planned_weekly_hours),
        hasPrimes: toBool(r.has_primes),
        minPrimes: Number(r.min_primes),
        minProviders: Number(r.min_providers),
        neighbourZoneIds: JSON.parse(r.neighbours_json) as string[],
      },
    ]),
  );
}
