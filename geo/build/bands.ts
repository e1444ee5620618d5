/**
 * Price band of each Output Area from the ONS 2011 Rural-Urban Classification
 * (docs/specification/zones-and-bands.md §2.9).
 */
import { MAINTENANCE_HOURS_JULY_2019 } from '../../src/zones/catalogue';
import type { BandSource, PriceBand } from '../../src/zones/lookup';

/**
 * docs/specification/zones-and-bands.md §2.9: "Urban city and town" → urban, "Rural town and
 * fringe" → fringe, "Rural village" → rural, "Rural hamlet and isolated dwellings" → isolated. The
 * sparse variants (C2, D2, E2, F2) and the conurbations (A1, B1) follow their setting.
 */
const OA_CLASS_BANDS: Readonly<Record<string, PriceBand>> = {
  A1: 'urban',
  B1: 'urban',
  C1: 'urban',
  C2: 'urban',
  D1: 'fringe',
  D2: 'fringe',
  E1: 'rural',
  E2: 'rural',
  F1: 'isolated',
  F2: 'isolated',
};

/** At LSOA level ONS merges village and hamlet into E1/E2 "Rural village and dispersed" (SOURCES.md). */
export type LsoaBand = PriceBand | 'rural-or-isolated';

export function bandOfOaClass(code: string): PriceBand {
  const band = OA_CLASS_BANDS[code.trim().toUpperCase()];
  if (!band) throw new Error(`Unknown OA-level RUC2011 code "${code}"`);
  return band;
}

export function bandOfLsoaClass(code: string): LsoaBand {
  const band = bandOfOaClass(code);
  return band === 'rural' ? 'rural-or-isolated' : band;
}

/** Isolated's share of the rural and isolated maintenance hours, July 2019: 314 / 1,615 ≈ 19%
 * (docs/specification/rates-and-costs.md §3.2).
 */
export const ISOLATED_SHARE_OF_E1 =
  MAINTENANCE_HOURS_JULY_2019.isolated /
  (MAINTENANCE_HOURS_JULY_2019.rural + MAINTENANCE_HOURS_JULY_2019.isolated);

export interface DensityInput {
  areaId: string;
  areaKm2: number;
  /** Postcodes not pinned to a delivery office: a stand-in for households. */
  geographicPostcodes: number;
}

export interface DensitySplit {
  isolated: Set<string>;
  /** OAs at or below this many geographic postcodes per km² are isolated. */
  thresholdPerKm2: number;
  /** Share of the E1 postcodes that ended up isolated (the target is ISOLATED_SHARE_OF_E1). */
  achievedShare: number;
}

/**
 * Splits the OAs of E1 LSOAs into rural and isolated: the sparsest OAs (geographic postcodes
 * per km²) are isolated until they hold the target share of the E1 postcodes, cutting where
 * the share comes closest to the target.
 *
 * @example splitByDensity(e1Areas, 0.19).thresholdPerKm2 // → 1.62 for the 2011 Leicestershire OAs
 */
export function splitByDensity(areas: readonly DensityInput[], targetShare: number): DensitySplit {
  const density = (a: DensityInput) => a.geographicPostcodes / Math.max(a.areaKm2, 1e-9);
  const sorted = [...areas].sort((a, b) => density(a) - density(b) || (a.areaId < b.areaId ? -1 : 1));
  const total = sorted.reduce((sum, a) => sum + a.geographicPostcodes, 0);
  let best = { count: 0, share: 0 };
  let running = 0;
  sorted.forEach((area, i) => {
    running += area.geographicPostcodes;
    const share = total > 0 ? running / total : 0;
    if (Math.abs(share - targetShare) < Math.abs(best.share - targetShare)) best = { count: i + 1, share };
  });
  const chosen = sorted.slice(0, best.count);
  const last = chosen[chosen.length - 1];
  return {
    isolated: new Set(chosen.map((a) => a.areaId)),
    thresholdPerKm2: last ? density(last) : 0,
    achievedShare: best.share,
  };
}

export interface BandOverride {
  zoneId: string;
  areaId: string;
  /** Empty: any band. */
  fromBand: string;
  band: PriceBand;
  reason: string;
}

export interface BandedArea {
  band: PriceBand;
  bandSource: BandSource;
}

/** The first matching row of geo/band-overrides.csv wins; an area matches by areaId or by zone. */
export function applyBandOverride(
  area: { areaId: string; zoneId: string } & BandedArea,
  overrides: readonly BandOverride[],
): BandedArea {
  const match = overrides.find(
    (o) =>
      (o.areaId ? o.areaId === area.areaId : o.zoneId === area.zoneId) &&
      (!o.fromBand || o.fromBand === area.band),
  );
  return match
    ? { band: match.band, bandSource: 'override' }
    : { band: area.band, bandSource: area.bandSource };
}
