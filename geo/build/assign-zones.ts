/**
 * Gives every Output Area exactly one zone by the rule in assignment-rules.ts, then applies the
 * committed overrides (geo/zone-overrides.csv).
 */
import { distance } from '@turf/turf';
import type { ZoneSeed } from './seeds';

export interface AreaToAssign {
  areaId: string;
  lsoa: string;
  lad: string;
  /** Where the OA's addresses are: the mean of its geographic postcodes, [lon, lat]. */
  point: [number, number];
}

/** One row of geo/zone-overrides.csv: a single OA (areaId) or every OA of an LSOA (lsoa). */
export interface ZoneOverride {
  areaId: string;
  lsoa: string;
  zoneId: string;
  reason: string;
}

export type ZoneRule = 'settlement' | 'nearest-settlement' | 'override';

export interface ZoneAssignment {
  zoneId: string;
  zoneRule: ZoneRule;
  /** The settlement that decided it (empty for an override). */
  seed: string;
}

export type CatchmentLookup = (lad: string, zoneId: string) => number;

/**
 * @example assignZones(areas, seeds, catchmentKm, []).get('E00131589') // → { zoneId: 'coalville-ashby', … }
 */
export function assignZones(
  areas: readonly AreaToAssign[],
  seeds: readonly ZoneSeed[],
  catchment: CatchmentLookup,
  overrides: readonly ZoneOverride[],
): Map<string, ZoneAssignment> {
  const seedOas = seedAreas(seeds);
  const result = new Map<string, ZoneAssignment>();
  for (const area of areas) {
    const seeded = seedOas.get(area.areaId);
    result.set(area.areaId, seeded ?? nearestEligibleSeed(area, seeds, catchment));
  }
  for (const override of overrides) {
    const matches = areas.filter((a) =>
      override.areaId ? a.areaId === override.areaId : a.lsoa === override.lsoa,
    );
    if (matches.length === 0)
      throw new Error(`Zone override for unknown area ${override.areaId || override.lsoa}`);
    for (const area of matches)
      result.set(area.areaId, { zoneId: override.zoneId, zoneRule: 'override', seed: '' });
  }
  return result;
}

/** The OA a main settlement's point falls in belongs to that settlement's zone, whatever else is near. */
function seedAreas(seeds: readonly ZoneSeed[]): Map<string, ZoneAssignment> {
  const byArea = new Map<string, ZoneAssignment>();
  for (const seed of seeds) {
    const earlier = byArea.get(seed.oa);
    if (earlier && earlier.zoneId !== seed.zoneId) {
      throw new Error(
        `${seed.settlement} and ${earlier.seed} share OA ${seed.oa} but are in different zones`,
      );
    }
    byArea.set(seed.oa, { zoneId: seed.zoneId, zoneRule: 'settlement', seed: seed.settlement });
  }
  return byArea;
}

function nearestEligibleSeed(
  area: AreaToAssign,
  seeds: readonly ZoneSeed[],
  catchment: CatchmentLookup,
): ZoneAssignment {
  let best: { seed: ZoneSeed; km: number } | undefined;
  for (const seed of seeds) {
    if (seed.lad !== area.lad) continue;
    const km = distance(area.point, [seed.lon, seed.lat], { units: 'kilometers' });
    if (km > catchment(area.lad, seed.zoneId)) continue;
    // Ties (equal to the metre) go to the earlier seed in catalogue order, so the result is stable.
    if (!best || km < best.km - 1e-3) best = { seed, km };
  }
  if (!best) throw new Error(`No zone can reach area ${area.areaId} in district ${area.lad}`);
  return { zoneId: best.seed.zoneId, zoneRule: 'nearest-settlement', seed: best.seed.settlement };
}
