/**
 * Zone and price band of a point, from the Output Area layer geo/areas.geojson (see geo/README.md).
 * Pure and in memory: build the index once at start-up; then a lookup is one grid read, or near a
 * boundary an exact point-in-polygon test against the few areas whose edges are there.
 *
 * Boundary rule: a point on an area's edge counts as inside it; where it is on the edges of
 * several areas, the lowest areaId (string order) wins. Answers are exact for a layer whose areas
 * do not overlap, which geo:build guarantees and test/zones checks.
 */
import { readFileSync } from 'node:fs';
import Flatbush from 'flatbush';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildGrid, locateInGrid } from './lookup-grid';
import { BANDS, type Band } from '../pricing/bands';
import { flattenRings, type Rings } from './lookup-rings';

/** The price bands (domain.md §3.1), defined once in src/pricing/bands.ts. */
export const PRICE_BANDS = BANDS;
export type PriceBand = Band;

/** How an area's band was set (geo/README.md "Bands"). */
export const BAND_SOURCES = ['ruc2011-lsoa', 'ruc2011-oa', 'density-proxy', 'override'] as const;
export type BandSource = (typeof BAND_SOURCES)[number];

export interface AreaProperties {
  /** Output Area code (OA11CD). */
  areaId: string;
  zoneId: string;
  band: PriceBand;
  bandSource: BandSource;
  /** LSOA11CD of the OA. */
  lsoa: string;
  /** District (LAD) code and name: complaints are reported by district (domain.md §2.1, §7 #22). */
  lad: string;
  ladName: string;
  /** RUC2011 class of the OA's LSOA (C1, D1, E1 in this county). */
  ruc11Lsoa: string;
  /** The OA's own RUC2011 class, when the build had the OA-level file. */
  ruc11Oa?: string;
}

export type AreaLayer = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

export interface NearestZone {
  zoneId: string;
  /** 0 when the point is inside the served area. */
  distanceMetres: number;
}

export interface AreaIndex {
  readonly areaCount: number;
  /** [lon, lat] in WGS84; undefined outside the served area (Leicester City, Rutland, elsewhere). */
  locate(lon: number, lat: number): AreaProperties | undefined;
  /** For "outside the county" answers: the closest zone and how far away its edge is. */
  nearestZone(lon: number, lat: number): NearestZone;
}

/**
 * 512 × 512 cells of about 125 m over Leicestershire: three quarters of the county's cells lie
 * wholly in one area. Finer grids were no faster in bench/locate.ts (the grid falls out of the
 * CPU cache) and take longer to build at start-up.
 */
const CELLS_PER_SIDE = 512;
const METRES_PER_DEGREE = 111_320;

/**
 * @example buildAreaIndex(layer).locate(-1.2, 52.7667) // Loughborough → { zoneId: 'charnwood-north', band: 'urban', … }
 */
export function buildAreaIndex(layer: AreaLayer, cellsPerSide = CELLS_PER_SIDE): AreaIndex {
  const features = [...layer.features].sort((a, b) => compareIds(a.properties.areaId, b.properties.areaId));
  if (features.length === 0) throw new Error('The area layer has no features');
  const properties = features.map((f) => Object.freeze({ ...f.properties }));
  const rings = flattenRings(features.map((f) => f.geometry));
  const grid = buildGrid(rings, cellsPerSide);
  let nearestEdge: ((lon: number, lat: number) => NearestZone) | undefined;

  // Never index the array with -1 (outside): that is a slow named-property lookup.
  const locate = (lon: number, lat: number): AreaProperties | undefined => {
    const area = locateInGrid(grid, lon, lat);
    return area >= 0 ? properties[area] : undefined;
  };

  return {
    areaCount: features.length,
    locate,
    nearestZone(lon, lat) {
      if (!Number.isFinite(lon) || !Number.isFinite(lat))
        throw new RangeError('Coordinates must be finite numbers');
      const inside = locate(lon, lat);
      if (inside) return { zoneId: inside.zoneId, distanceMetres: 0 };
      // Built on first use: only "outside" answers need it, so start-up stays fast.
      nearestEdge ??= buildNearestEdge(rings, properties);
      return nearestEdge(lon, lat);
    },
  };
}

/** Reads and indexes geo/areas.geojson (or a replacement layer); the service reads nothing else. */
export function loadAreaIndexFromFile(path: string): AreaIndex {
  return buildAreaIndex(JSON.parse(readFileSync(path, 'utf8')) as AreaLayer);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The nearest area edge, found with flatbush over all edges in a plane where longitude is scaled
 * by cos(latitude): over a county that is accurate to a fraction of a percent.
 */
function buildNearestEdge(
  r: Rings,
  properties: readonly AreaProperties[],
): (lon: number, lat: number) => NearestZone {
  const k = Math.cos((((r.bbox[1] ?? 0) + (r.bbox[3] ?? 0)) / 2) * (Math.PI / 180));
  const edgeArea: number[] = [];
  const edgeStart: number[] = [];
  for (let area = 0; area < r.areaRing.length - 1; area++) {
    for (let ring = r.areaRing[area] ?? 0; ring < (r.areaRing[area + 1] ?? 0); ring++) {
      for (let i = (r.ringStart[ring] ?? 0) + 1; i < (r.ringStart[ring + 1] ?? 0); i++) {
        edgeArea.push(area);
        edgeStart.push(i - 1);
      }
    }
  }
  const x = (point: number) => (r.xy[2 * point] ?? 0) * k;
  const y = (point: number) => r.xy[2 * point + 1] ?? 0;
  const index = new Flatbush(edgeStart.length);
  for (const s of edgeStart) {
    index.add(
      Math.min(x(s), x(s + 1)),
      Math.min(y(s), y(s + 1)),
      Math.max(x(s), x(s + 1)),
      Math.max(y(s), y(s + 1)),
    );
  }
  index.finish();

  return (lon, lat) => {
    const px = lon * k;
    const distance2 = (e: number) => {
      const s = edgeStart[e] ?? 0;
      return distanceToSegmentSquared(px, lat, x(s), y(s), x(s + 1), y(s + 1));
    };
    // A box is never farther than its edge, so any edge that could beat the nearest box's edge
    // has its box within that distance.
    const first = index.neighbors(px, lat, 1)[0] ?? 0;
    let best = { d2: Infinity, edge: first };
    for (const e of index.neighbors(px, lat, Infinity, Math.sqrt(distance2(first)))) {
      const d2 = distance2(e);
      const tieToLowerArea = d2 === best.d2 && (edgeArea[e] ?? 0) < (edgeArea[best.edge] ?? 0);
      if (d2 < best.d2 || tieToLowerArea) best = { d2, edge: e };
    }
    const zoneId = properties[edgeArea[best.edge] ?? 0]?.zoneId ?? '';
    return { zoneId, distanceMetres: Math.sqrt(best.d2) * METRES_PER_DEGREE };
  };
}

// eslint-disable-next-line max-params -- called for every candidate edge of a nearest-zone search: plain numbers, no object per call
function distanceToSegmentSquared(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}
