/**
 * Puts the coverage report together from its aggregates: one row per zone and the county row
 * (pure; the queries are in queries.ts, the orchestration in coverage-report.ts).
 */
import { BANDS, type Band } from '../pricing/bands';
import type { ZoneCoverage } from '../providers/coverage';
import type { AreaReport, CostSection, FrameworkSection } from './model';
import type { ZoneFacts } from '../zones/facts';
import type { AwardRow, BandOverrideRow, HandBackRow, PlacedRow, WaitingRow } from './queries';
import type { Quantiles } from './quantile-queries';
import { coverageRag, ragSection, worst } from './rag';
import type { TargetsInForce } from './targets/model';
import {
  bandTotals,
  costFigures,
  demandSection,
  handBackSection,
  hours,
  pickUpSection,
  unmetNeedSection,
} from './sections';

/** An active provider's role in a zone (mobilising, suspended and exited providers are not listed). */
export interface ActiveMember {
  zoneId: string;
  providerId: number;
  name: string;
  role: string;
  chcApproved: boolean;
  /** Rated Inadequate by the CQC: offered nothing, so not counted as a prime. */
  ratedInadequate: boolean;
  /** Not rated Inadequate and not leaving the market (src/providers/coverage.ts `mayBeOffered`). */
  mayBeOffered: boolean;
}

export interface CoverageParts {
  asOf: number;
  zones: readonly Pick<ZoneFacts, 'id' | 'name' | 'sizeClass' | 'plannedWeeklyHours'>[];
  coverage: readonly ZoneCoverage[];
  members: readonly ActiveMember[];
  placed: readonly PlacedRow[];
  waiting: readonly WaitingRow[];
  waitMs: { zone: Map<string, Quantiles>; county: Map<string, Quantiles> };
  awards: readonly AwardRow[];
  pickUpMs: {
    zoneUrgency: Map<string, Quantiles>;
    zone: Map<string, Quantiles>;
    urgency: Map<string, Quantiles>;
    county: Map<string, Quantiles>;
  };
  handBacks: readonly HandBackRow[];
  bandOverrides: readonly BandOverrideRow[];
}

const ofZone = <T extends { zoneId: string }>(rows: readonly T[], zoneId: string) =>
  rows.filter((r) => r.zoneId === zoneId);

function zoneFramework(coverage: ZoneCoverage, members: readonly ActiveMember[]): FrameworkSection {
  const names = (role: string) => members.filter((m) => m.role === role).map((m) => m.name);
  return {
    primes: {
      count: coverage.primes,
      minimum: coverage.minPrimes,
      zonesBelowMinimum: coverage.primes < coverage.minPrimes ? 1 : 0,
      names: names('prime'),
      ratedInadequate: coverage.primesRatedInadequate,
      belowMinimumReason: coverage.belowMinimumPrimesReason,
    },
    supplementaries: { count: coverage.supplementaries, names: names('supplementary') },
    providers: {
      count: coverage.providers,
      minimum: coverage.minProviders,
      zonesBelowMinimum: coverage.providers < coverage.minProviders ? 1 : 0,
    },
    chcApproved: coverage.chcApproved,
    notTakingWork: coverage.inactiveMembers,
    capacity: {
      declaredWeeklyHours: hours(coverage.currentCapacityWeeklyMinutes),
      staleOrMissing: coverage.staleOrMissingCapacity,
    },
  };
}

/** County-wide: distinct providers (one holding roles in five zones counts once); zone figures summed. */
function countyFramework(
  zones: readonly FrameworkSection[],
  members: readonly ActiveMember[],
): FrameworkSection {
  const distinct = (keep: (m: ActiveMember) => boolean) =>
    new Set(members.filter(keep).map((m) => m.providerId)).size;
  const total = (of: (z: FrameworkSection) => number) => zones.reduce((s, z) => s + of(z), 0);
  return {
    primes: {
      count: distinct((m) => m.role === 'prime' && m.mayBeOffered),
      minimum: null,
      zonesBelowMinimum: total((z) => z.primes.zonesBelowMinimum),
      names: [],
      ratedInadequate: distinct((m) => m.role === 'prime' && m.ratedInadequate),
      belowMinimumReason: null,
    },
    supplementaries: { count: distinct((m) => m.role === 'supplementary'), names: [] },
    providers: {
      count: distinct(() => true),
      minimum: null,
      zonesBelowMinimum: total((z) => z.providers.zonesBelowMinimum),
    },
    chcApproved: distinct((m) => m.chcApproved),
    notTakingWork: total((z) => z.notTakingWork),
    capacity: {
      declaredWeeklyHours: Math.round(total((z) => z.capacity.declaredWeeklyHours) * 100) / 100,
      staleOrMissing: total((z) => z.capacity.staleOrMissing),
    },
  };
}

function zoneCost(rows: readonly PlacedRow[]): CostSection {
  return { atRatesInForce: costFigures(bandTotals(rows)) };
}

/** The county's band costs are the sums of the zones' rounded band costs, so every column adds up. */
function countyCost(rows: readonly PlacedRow[], zones: readonly CostSection[]): CostSection {
  const summed = Object.fromEntries(
    BANDS.map((b) => [b, zones.reduce((s, z) => s + z.atRatesInForce.byBand[b].weeklyPence, 0)]),
  ) as Record<Band, number>;
  return { atRatesInForce: costFigures(bandTotals(rows), undefined, summed) };
}

/** What the RAGs are judged by: the coverage margin, and the targets in force for a zone (null: the county). */
export interface RagJudgement {
  coverageAmberMargin: number;
  targetsFor: (zoneId: string | null) => TargetsInForce;
}

export function assembleCoverage(
  parts: CoverageParts,
  rag: RagJudgement,
): { zones: AreaReport[]; county: AreaReport } {
  const info = new Map(parts.zones.map((z) => [z.id, z]));
  const zones = parts.coverage.map((coverage): AreaReport => {
    const id = coverage.zoneId;
    const z = info.get(id);
    const framework = zoneFramework(coverage, ofZone(parts.members, id));
    const placed = ofZone(parts.placed, id);
    const demand = demandSection(placed, z?.plannedWeeklyHours ?? 0);
    const unmetNeed = unmetNeedSection(ofZone(parts.waiting, id), parts.waitMs.zone.get(id), parts.asOf);
    const pickUp = pickUpSection(ofZone(parts.awards, id), (u) =>
      u === null ? parts.pickUpMs.zone.get(id) : parts.pickUpMs.zoneUrgency.get(`${id}|${u}`),
    );
    const handBacks = handBackSection(ofZone(parts.handBacks, id), pickUp.all.awards);
    const coverageMeasure = {
      value: coverage.providers,
      rag: coverageRag(
        { primes: coverage.primes, providers: coverage.providers },
        { primes: coverage.minPrimes, providers: coverage.minProviders },
        rag.coverageAmberMargin,
      ),
    };
    return {
      area: { type: 'zone', id, name: coverage.zoneName, sizeClass: coverage.sizeClass },
      framework,
      demand,
      unmetNeed,
      pickUp,
      handBacks,
      bandOverrides: { packages: ofZone(parts.bandOverrides, id).reduce((sum, r) => sum + r.packages, 0) },
      cost: zoneCost(placed),
      rag: ragSection(
        {
          coverage: coverageMeasure,
          placedPctOfPlanned: demand.placedPctOfPlanned,
          withinTargetPct: pickUp.all.withinTargetPct,
          primeSharePct: coverage.hasPrimes ? (pickUp.rounds.primes?.pct ?? null) : null,
          hasPrimes: coverage.hasPrimes,
          longestWaitHours: unmetNeed.longestWaitHours,
          handBacksPer100Awards: handBacks.per100Awards,
        },
        rag.targetsFor(id),
      ),
    };
  });
  return { zones, county: assembleCounty(parts, zones, rag) };
}

function assembleCounty(parts: CoverageParts, zones: readonly AreaReport[], rag: RagJudgement): AreaReport {
  const planned = parts.zones.reduce((s, z) => s + z.plannedWeeklyHours, 0);
  const framework = countyFramework(
    zones.map((z) => z.framework),
    parts.members,
  );
  const demand = demandSection(parts.placed, planned);
  const unmetNeed = unmetNeedSection(parts.waiting, parts.waitMs.county.get(''), parts.asOf);
  const pickUp = pickUpSection(parts.awards, (u) =>
    u === null ? parts.pickUpMs.county.get('') : parts.pickUpMs.urgency.get(u),
  );
  const handBacks = handBackSection(parts.handBacks, pickUp.all.awards);
  return {
    area: { type: 'county', id: 'county', name: 'Leicestershire (all zones)', sizeClass: null },
    framework,
    demand,
    unmetNeed,
    pickUp,
    handBacks,
    bandOverrides: { packages: parts.bandOverrides.reduce((sum, r) => sum + r.packages, 0) },
    cost: countyCost(
      parts.placed,
      zones.map((z) => z.cost),
    ),
    rag: ragSection(
      {
        coverage: { value: framework.providers.count, rag: worst(zones.map((z) => z.rag.coverage.rag)) },
        placedPctOfPlanned: demand.placedPctOfPlanned,
        withinTargetPct: pickUp.all.withinTargetPct,
        primeSharePct: pickUp.rounds.primes?.pct ?? null,
        hasPrimes: true,
        longestWaitHours: unmetNeed.longestWaitHours,
        handBacksPer100Awards: handBacks.per100Awards,
      },
      rag.targetsFor(null),
    ),
  };
}
