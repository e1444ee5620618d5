import { toBool } from '../db/dialect';
import type { Services } from '../services';
import type { ZoneFacts } from './model';
import { coverageWarnings, type CoverageWarning } from './policy';
import { latestDeclarations, memberships, toCapacityView, type AgeBasis } from './queries';

/** The database (or a transaction), and the zones' facts read through it. */
type ZoneReads = Pick<Services, 'db' | 'zoneFacts'>;

export interface ZoneCoverage {
  zoneId: string;
  zoneName: string;
  sizeClass: string;
  hasPrimes: boolean;
  minPrimes: number;
  minProviders: number;
  /** Active primes that may receive offers (`mayBeOffered`): not rated Inadequate, not leaving the market. */
  primes: number;
  /** Active primes left out of `primes` because the CQC rates them Inadequate. */
  primesRatedInadequate: number;
  /** Why the zone is below its minimum primes, e.g. "2 active primes, 1 rated Inadequate"; null when it is not. */
  belowMinimumPrimesReason: string | null;
  supplementaries: number;
  providers: number;
  chcApproved: number;
  inactiveMembers: number;
  currentCapacityWeeklyMinutes: number;
  staleOrMissingCapacity: number;
  warnings: CoverageWarning[];
}

/**
 * Whether an active member may receive offers, and so counts toward coverage: neither an Inadequate
 * rating nor a recorded exit from the market (src/allocation/policy.ts excludes both).
 */
export function mayBeOffered(m: { cqc_overall: string; exit_recorded_at: number | null }): boolean {
  return m.cqc_overall !== 'inadequate' && m.exit_recorded_at === null;
}

/**
 * Zone coverage (docs/specification/reporting.md §8.1 "Coverage";
 * docs/specification/providers-and-framework.md §4.5; story C1; HC21 ¶23 "enough market capacity in
 * every zone"): per zone, the active primes, supplementaries and CHC-approved providers against the
 * zone's minimums, and the capacity they have declared. Only `active` providers count: a mobilising
 * or suspended provider takes no packages today, and an exited one has left. A prime the CQC rates
 * Inadequate is offered nothing (src/allocation/policy.ts), so it does not count toward the minimum
 * primes either (docs/cqc-ratings.md).
 */
export async function zoneCoverage(
  { db, zoneFacts }: ZoneReads,
  basis: AgeBasis,
  zoneIds?: string[],
): Promise<ZoneCoverage[]> {
  const wanted = zoneIds ? new Set(zoneIds) : undefined;
  const zones = (await zoneFacts.list(db)).filter((z) => !wanted || wanted.has(z.id));
  const [rows, latest] = await Promise.all([memberships(db), latestDeclarations(db)]);
  return zones.map((zone) => {
    const members = rows.filter((r) => r.zone_id === zone.id);
    const active = members.filter((m) => m.provider_status === 'active');
    let currentCapacityWeeklyMinutes = 0;
    let staleOrMissingCapacity = 0;
    for (const member of active) {
      const declaration = latest.get(`${member.provider_id}|${zone.id}`);
      const view = declaration ? toCapacityView(declaration, basis) : undefined;
      if (!view || view.stale) staleOrMissingCapacity += 1;
      else currentCapacityWeeklyMinutes += view.weeklyMinutes;
    }
    const activePrimes = active.filter((m) => m.role === 'prime');
    const primesRatedInadequate = activePrimes.filter((m) => m.cqc_overall === 'inadequate').length;
    const primes = activePrimes.filter(mayBeOffered).length;
    const primesLeavingMarket = activePrimes.length - primesRatedInadequate - primes;
    return {
      ...zoneHeader(zone),
      primes,
      primesRatedInadequate,
      belowMinimumPrimesReason:
        primes < zone.minPrimes
          ? primesReason(activePrimes.length, {
              ratedInadequate: primesRatedInadequate,
              leaving: primesLeavingMarket,
            })
          : null,
      supplementaries: active.filter((m) => m.role === 'supplementary').length,
      providers: active.length,
      chcApproved: active.filter((m) => toBool(m.chc_approved)).length,
      inactiveMembers: members.filter(
        (m) => m.provider_status === 'mobilising' || m.provider_status === 'suspended',
      ).length,
      currentCapacityWeeklyMinutes,
      staleOrMissingCapacity,
      warnings: coverageWarnings(zone, { primes, providers: active.length, primesRatedInadequate }),
    };
  });
}

/** "3 active primes, 1 rated Inadequate, 1 leaving the market": what the zone has, and what does not count. */
export function primesReason(
  activePrimes: number,
  left: { ratedInadequate: number; leaving: number },
): string {
  const have = `${activePrimes} active prime${activePrimes === 1 ? '' : 's'}`;
  const inadequate = left.ratedInadequate > 0 ? [`${left.ratedInadequate} rated Inadequate`] : [];
  const leaving = left.leaving > 0 ? [`${left.leaving} leaving the market`] : [];
  return [have, ...inadequate, ...leaving].join(', ');
}

function zoneHeader(zone: ZoneFacts) {
  return {
    zoneId: zone.id,
    zoneName: zone.name,
    sizeClass: zone.sizeClass,
    hasPrimes: zone.hasPrimes,
    minPrimes: zone.minPrimes,
    minProviders: zone.minProviders,
  };
}

/** Coverage warnings for the given zones only: what a role or status change leaves behind. */
export async function warningsFor(
  reads: ZoneReads,
  basis: AgeBasis,
  zoneIds: string[],
): Promise<CoverageWarning[]> {
  if (zoneIds.length === 0) return [];
  return (await zoneCoverage(reads, basis, zoneIds)).flatMap((z) => z.warnings);
}
