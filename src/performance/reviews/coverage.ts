/**
 * A zone's prime coverage: its active primes against its minimum (domain.md §4.1 rule 7). The zone
 * facts come from the zones module, not from this folder's own SQL.
 */
import type { Db } from '../../db/connect';
import { findZone } from '../../zones/catalogue';
import { zoneReference } from '../../zones/reference';
import { activePrimesByZone } from './queries';

export interface ZoneCoverageFacts {
  minPrimes: number;
  activePrimes: number;
  hasPrimes: boolean;
}

/**
 * A zone's minimum primes. The zones reference does not carry it; the zones table takes it from
 * the catalogue (through geo/zones.geojson, seeds/zones.ts), so the catalogue gives the same figure.
 */
function minPrimesOf(zoneId: string): number {
  return findZone(zoneId)?.minPrimes ?? 0;
}

/** Active primes per zone against the zone's minimum, for every zone. */
export async function primeCoverage(db: Db): Promise<Map<string, ZoneCoverageFacts>> {
  const zones = await zoneReference(db);
  const primes = await activePrimesByZone(db);
  return new Map(
    [...zones.values()].map((zone) => [
      zone.id,
      { minPrimes: minPrimesOf(zone.id), activePrimes: primes.get(zone.id) ?? 0, hasPrimes: zone.hasPrimes },
    ]),
  );
}

/** What a demotion would do to the zone's prime count. */
export function coverageAfterDemotion(facts: ZoneCoverageFacts, providerIsActivePrime: boolean) {
  const primesAfter = facts.activePrimes - (providerIsActivePrime ? 1 : 0);
  return {
    minPrimes: facts.minPrimes,
    activePrimes: facts.activePrimes,
    primesAfter,
    belowMinPrimes: primesAfter < facts.minPrimes,
  };
}
