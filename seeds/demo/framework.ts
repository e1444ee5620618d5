import type { ZoneRole } from '../../src/providers/model';
import { ZONE_CATALOGUE, type SizeClass } from '../../src/zones/catalogue';
import { BIDDER_TYPES, bidsByZone } from './bids-2021';
import { substream } from './prng';
import { buildDemoProviders, type DemoProvider } from './providers';
import { assignConnectedZoneSets } from './zone-sets';

/**
 * A deterministic demo framework shaped like the 2021 award (docs/specification/zones-and-bands.md §2.4;
 * docs/specification/providers-and-framework.md §4.13; docs/specification/quality-and-performance.md §7.4):
 * 49 fictional providers and 206 zone memberships. Demo mode only (docs/development.md, Conventions); never real data.
 */

export type { ZoneRole };

export interface DemoMembership {
  providerKey: string;
  zoneId: string;
  role: ZoneRole;
}

export interface DemoFramework {
  seed: number;
  providers: DemoProvider[];
  /** In catalogue zone order, primes first, then by tender score (highest first) and key. */
  memberships: DemoMembership[];
}

/**
 * Primes per zone in the demo: at least 2 in every zone with primes (HC20 ¶28, ¶30), more where
 * there is more work — large 4, medium 3, small town 2, small rural 2 — and none in the rural free
 * zone, where every member is supplementary (HC20 ¶26, ¶30). The real appointments are not
 * published (docs/specification/zones-and-bands.md §2.4), so this split is invented.
 */
export const DEMO_PRIMES_BY_SIZE_CLASS: Record<SizeClass, number> = {
  large: 4,
  medium: 3,
  'small-town': 2,
  'small-rural': 2,
  'rural-free': 0,
};

/**
 * Build the demo framework. Same seed, same output, byte for byte.
 *
 * Each zone's members number its `successfulBids2021` (HC21 ¶20), split by HTLAH type as the
 * 2021 table does (bids-2021.ts); each provider's zones are a connected patch of neighbouring
 * zones (zone-sets.ts). In each zone the highest tender scores are prime (ties to the lower key)
 * and the rest supplementary, so one provider can be prime in one zone and supplementary in
 * another (HC20 ¶28).
 */
export function buildDemoFramework(seed = 2021): DemoFramework {
  const providers = buildDemoProviders(seed);
  const zonesByProvider = new Map<string, string[]>();
  const zoneRandom = substream(seed, 'zones');
  for (const type of BIDDER_TYPES) {
    const ofType = providers.filter((p) => (p.legacyType ?? 'new') === type);
    const sets = assignConnectedZoneSets(bidsByZone(type), ofType.length, zoneRandom);
    ofType.forEach((provider, i) => zonesByProvider.set(provider.key, sets[i] ?? []));
  }

  const memberships = ZONE_CATALOGUE.flatMap((zone): DemoMembership[] => {
    const members = providers
      .filter((p) => zonesByProvider.get(p.key)?.includes(zone.id))
      .sort((a, b) => b.tenderScore - a.tenderScore || (a.key < b.key ? -1 : 1));
    const primes = zone.hasPrimes ? DEMO_PRIMES_BY_SIZE_CLASS[zone.sizeClass] : 0;
    return members.map((p, rank) => ({
      providerKey: p.key,
      zoneId: zone.id,
      role: rank < primes ? 'prime' : 'supplementary',
    }));
  });

  return { seed, providers, memberships };
}
