/**
 * Builds geo/areas.geojson: every Output Area with exactly one zone and one band.
 */
import { centerOfMass } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaLayer, AreaProperties, BandSource, PriceBand } from '../../src/zones/lookup';
import { assignZones, type AreaToAssign, type ZoneAssignment, type ZoneOverride } from './assign-zones';
import { catchmentKm } from './assignment-rules';
import {
  applyBandOverride,
  bandOfLsoaClass,
  bandOfOaClass,
  ISOLATED_SHARE_OF_E1,
  splitByDensity,
  type BandOverride,
  type DensitySplit,
} from './bands';
import { orientRings, polygonsOf, round6, splitPinchedRings } from '../../src/zones/geometry/rings';
import { buildZoneSeeds } from './seeds';
import type {
  AreaGeometry,
  District,
  LsoaRuc,
  PostcodePoint,
  Settlement,
  SourceOaProperties,
} from './sources';

export interface AreaLayerInputs {
  outputAreas: Feature<AreaGeometry, SourceOaProperties>[];
  settlements: Settlement[];
  postcodes: PostcodePoint[];
  lsoaRuc: Map<string, LsoaRuc>;
  districts: District[];
  zoneOverrides: ZoneOverride[];
  bandOverrides: BandOverride[];
  /** OA11CD → RUC11CD from the official OA-level file, when supplied. */
  oaRuc?: Map<string, string>;
}

export interface AreaLayerResult {
  layer: AreaLayer;
  zoneAssignments: Map<string, ZoneAssignment>;
  /** Present when E1 was split by the density proxy (no OA-level file). */
  densitySplit?: DensitySplit;
}

export function buildAreaLayer(inputs: AreaLayerInputs): AreaLayerResult {
  const oas = [...inputs.outputAreas].sort((a, b) => (a.properties.OA11CD < b.properties.OA11CD ? -1 : 1));
  const seeds = buildZoneSeeds(inputs.settlements);
  const points = addressCentres(oas, inputs.postcodes);
  const zoneAssignments = assignZones(points, seeds, catchmentKm, inputs.zoneOverrides);
  const densitySplit = inputs.oaRuc ? undefined : splitE1ByDensity(oas);
  const ladNames = new Map(inputs.districts.map((d) => [d.lad, d.name]));

  const features = oas.map((oa): Feature<Polygon | MultiPolygon, AreaProperties> => {
    const p = oa.properties;
    const zoneId = zoneAssignments.get(p.OA11CD)?.zoneId ?? '';
    const ruc11Lsoa = inputs.lsoaRuc.get(p.LSOA11CD)?.ruc11cd ?? p.RUC11CD_LSOA;
    const ruc11Oa = inputs.oaRuc?.get(p.OA11CD);
    if (inputs.oaRuc && !ruc11Oa) throw new Error(`The OA-level RUC2011 file has no row for ${p.OA11CD}`);
    const classed = ruc11Oa ? bandFromOaClass(ruc11Oa) : bandFromLsoaClass(p.OA11CD, ruc11Lsoa, densitySplit);
    const { band, bandSource } = applyBandOverride(
      { areaId: p.OA11CD, zoneId, ...classed },
      inputs.bandOverrides,
    );
    const properties: AreaProperties = {
      areaId: p.OA11CD,
      zoneId,
      band,
      bandSource,
      lsoa: p.LSOA11CD,
      lad: p.LAD11CD,
      ladName: ladNames.get(p.LAD11CD) ?? '',
      ruc11Lsoa,
      ...(ruc11Oa ? { ruc11Oa } : {}),
    };
    return { type: 'Feature', properties, geometry: tidyGeometry(oa.geometry) };
  });
  return { layer: { type: 'FeatureCollection', features }, zoneAssignments, densitySplit };
}

/** Where an OA's addresses are: the mean of its geographic postcodes, else its centre of mass. */
function addressCentres(
  oas: Feature<AreaGeometry, SourceOaProperties>[],
  postcodes: PostcodePoint[],
): AreaToAssign[] {
  const sums = new Map<string, { lon: number; lat: number; n: number }>();
  for (const pc of postcodes) {
    if (!pc.geographic) continue;
    const sum = sums.get(pc.oa) ?? { lon: 0, lat: 0, n: 0 };
    sum.lon += pc.lon;
    sum.lat += pc.lat;
    sum.n += 1;
    sums.set(pc.oa, sum);
  }
  return oas.map((oa) => {
    const sum = sums.get(oa.properties.OA11CD);
    const point = sum
      ? ([sum.lon / sum.n, sum.lat / sum.n] as [number, number])
      : (centerOfMass(oa).geometry.coordinates as [number, number]);
    return { areaId: oa.properties.OA11CD, lsoa: oa.properties.LSOA11CD, lad: oa.properties.LAD11CD, point };
  });
}

function splitE1ByDensity(oas: Feature<AreaGeometry, SourceOaProperties>[]): DensitySplit {
  const e1 = oas.filter((oa) => bandOfLsoaClass(oa.properties.RUC11CD_LSOA) === 'rural-or-isolated');
  return splitByDensity(
    e1.map((oa) => ({
      areaId: oa.properties.OA11CD,
      areaKm2: oa.properties.area_km2,
      geographicPostcodes: oa.properties.n_geographic_postcodes,
    })),
    ISOLATED_SHARE_OF_E1,
  );
}

function bandFromOaClass(code: string): { band: PriceBand; bandSource: BandSource } {
  return { band: bandOfOaClass(code), bandSource: 'ruc2011-oa' };
}

function bandFromLsoaClass(
  areaId: string,
  code: string,
  split: DensitySplit | undefined,
): { band: PriceBand; bandSource: BandSource } {
  const band = bandOfLsoaClass(code);
  if (band !== 'rural-or-isolated') return { band, bandSource: 'ruc2011-lsoa' };
  return { band: split?.isolated.has(areaId) ? 'isolated' : 'rural', bandSource: 'density-proxy' };
}

/** 6 decimals (about 0.1 m, as the sources), simple rings, right-hand rule (RFC 7946). */
export function tidyGeometry(geometry: AreaGeometry): AreaGeometry {
  const polygons = polygonsOf(geometry)
    .map((polygon) => polygon.map((ring) => ring.map(([x = 0, y = 0]) => [round6(x), round6(y)])))
    .flatMap(splitPinchedRings)
    .map(orientRings);
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: polygons };
}
