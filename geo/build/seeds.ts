/**
 * Zone seeds: the main settlements of each zone (docs/specification/zones-and-bands.md §2.4) placed
 * at the points in settlements_leicestershire.csv.
 */
import { ZONE_CATALOGUE } from '../../src/zones/catalogue';
import type { Settlement } from './sources';

/** The catalogue uses the papers' short names; the settlement file uses the place names. */
export const SETTLEMENT_FILE_NAMES: Readonly<Record<string, string>> = {
  Ashby: 'Ashby-de-la-Zouch',
  Melton: 'Melton Mowbray',
  Braunstone: 'Braunstone Town',
};

export interface ZoneSeed {
  zoneId: string;
  /** Name as the catalogue gives it. */
  settlement: string;
  lon: number;
  lat: number;
  lad: string;
  /** The Output Area the settlement point falls in. */
  oa: string;
}

/** One seed per main settlement; throws if a catalogue settlement is missing from the file. */
export function buildZoneSeeds(settlements: readonly Settlement[]): ZoneSeed[] {
  const byName = new Map(settlements.map((s) => [s.name.toLowerCase(), s]));
  return ZONE_CATALOGUE.flatMap((zone) =>
    zone.mainSettlements.map((name) => {
      const fileName = SETTLEMENT_FILE_NAMES[name] ?? name;
      const point = byName.get(fileName.toLowerCase());
      if (!point)
        throw new Error(`Settlement "${fileName}" (zone ${zone.id}) is not in the settlements file`);
      return {
        zoneId: zone.id,
        settlement: name,
        lon: point.lon,
        lat: point.lat,
        lad: point.lad,
        oa: point.oa,
      };
    }),
  );
}
