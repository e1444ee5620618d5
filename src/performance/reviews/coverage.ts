/**
 * A zone's prime coverage: its active primes against its minimum (domain.md §4.1 rule 7). The zone
 * facts (minimum primes, whether it has primes) come from the zones module, not from this folder's
 * own SQL.
 */
import type { Services } from '../../services';
import { activePrimesByZone } from './queries';

export interface ZoneCoverageFacts {
  minPrimes: number;
  activePrimes: number;
  hasPrimes: boolean;
}

/** Active primes per zone against the zone's minimum, for every zone. */
export async function primeCoverage({
  db,
  zoneFacts,
}: Pick<Services, 'db' | 'zoneFacts'>): Promise<Map<string, ZoneCoverageFacts>> {
  const zones = await zoneFacts.all(db);
  const primes = await activePrimesByZone(db);
  return new Map(
    [...zones.values()].map((zone) => [
      zone.id,
      { minPrimes: zone.minPrimes, activePrimes: primes.get(zone.id) ?? 0, hasPrimes: zone.hasPrimes },
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
