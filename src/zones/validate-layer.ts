/**
 * Checks an uploaded replacement for geo/areas.geojson before it is used (admins replacing the
 * area layer). Pure: takes parsed JSON, returns the problems; an empty list means the layer can be
 * indexed by lookup.ts.
 *
 * Cheap checks run first and the vertex cap is checked before any geometry work, so a hostile
 * upload with millions of vertices is refused in milliseconds. The self-intersection test is
 * O(n log n) (flatbush over edges); turf's kinks and booleanValid are O(n²) and would hang.
 */
import Flatbush from 'flatbush';
import { BAND_SOURCES, PRICE_BANDS } from './lookup';

export interface LayerProblem {
  /** Feature index in the upload, or -1 for the layer as a whole. */
  index: number;
  areaId?: string;
  message: string;
}

export interface ValidateOptions {
  /** Total vertices allowed over all features. */
  maxVertices?: number;
  /** Distinct zones the layer must have (domain.md §2.1: 14 zones). */
  minZones?: number;
  /** Stop after this many problems. */
  maxProblems?: number;
}

type Position = number[];
type Ring = Position[];

const DEFAULTS = { maxVertices: 2_000_000, minZones: 14, maxProblems: 200 };

/**
 * @example validateAreaLayer(JSON.parse(upload)) // → [] or [{ index: 12, areaId: 'E00…', message: 'edges cross …' }]
 */
export function validateAreaLayer(layer: unknown, options: ValidateOptions = {}): LayerProblem[] {
  const { maxVertices, minZones, maxProblems } = { ...DEFAULTS, ...options };
  if (!isObject(layer) || layer.type !== 'FeatureCollection' || !Array.isArray(layer.features)) {
    return [{ index: -1, message: 'not a GeoJSON FeatureCollection' }];
  }
  const features: unknown[] = layer.features;
  const vertices = countVertices(features, maxVertices);
  if (vertices > maxVertices) {
    return [{ index: -1, message: `more than ${maxVertices.toLocaleString('en-GB')} vertices in total` }];
  }
  const problems: LayerProblem[] = [];
  const seenIds = new Map<string, number>();
  const zones = new Set<string>();
  for (const [index, feature] of features.entries()) {
    if (problems.length >= maxProblems) break;
    problems.push(...featureProblems(feature, index, seenIds, zones));
  }
  if (zones.size < minZones) {
    problems.push({ index: -1, message: `only ${zones.size} distinct zones; at least ${minZones} needed` });
  }
  return problems.slice(0, maxProblems);
}

/** One feature's problems; records its areaId and zone for the layer-wide checks. */
function featureProblems(
  feature: unknown,
  index: number,
  seenIds: Map<string, number>,
  zones: Set<string>,
): LayerProblem[] {
  const props = isObject(feature) && isObject(feature.properties) ? feature.properties : undefined;
  const areaId = typeof props?.areaId === 'string' && props.areaId.trim() ? props.areaId : undefined;
  const problem = (message: string): LayerProblem => ({ index, ...(areaId ? { areaId } : {}), message });
  if (!isObject(feature) || feature.type !== 'Feature') return [problem('not a GeoJSON Feature')];
  if (!props) return [problem('has no properties')];
  const messages: string[] = [];
  if (!areaId) messages.push('areaId must be a non-empty string');
  else if (seenIds.has(areaId)) messages.push(`areaId repeats feature ${seenIds.get(areaId)}`);
  else seenIds.set(areaId, index);
  if (typeof props.zoneId !== 'string' || !props.zoneId.trim()) {
    messages.push('must have exactly one zone: zoneId must be a non-empty string');
  } else zones.add(props.zoneId);
  if (!(PRICE_BANDS as readonly unknown[]).includes(props.band)) {
    messages.push(`band must be one of ${PRICE_BANDS.join(', ')}`);
  }
  if (!(BAND_SOURCES as readonly unknown[]).includes(props.bandSource)) {
    messages.push(`bandSource must be one of ${BAND_SOURCES.join(', ')}`);
  }
  messages.push(...geometryProblems(feature.geometry));
  return messages.map(problem);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Counts ring lengths only (no per-vertex work) and stops once over the cap. */
function countVertices(features: unknown[], cap: number): number {
  let total = 0;
  for (const feature of features) {
    const geometry = isObject(feature) && isObject(feature.geometry) ? feature.geometry : undefined;
    const coordinates = geometry?.coordinates;
    if (!Array.isArray(coordinates)) continue;
    const polygons = geometry?.type === 'MultiPolygon' ? coordinates : [coordinates];
    for (const polygon of polygons) {
      if (!Array.isArray(polygon)) continue;
      for (const ring of polygon) total += Array.isArray(ring) ? ring.length : 0;
      if (total > cap) return total;
    }
  }
  return total;
}

/**
 * Problems with one Polygon or MultiPolygon: shape, coordinates, closed rings, crossing edges.
 * Parts and rings may touch at single points (OGC), which turf.booleanValid wrongly rejects.
 */
export function geometryProblems(geometry: unknown): string[] {
  if (!isObject(geometry)) return ['has no geometry'];
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return [`geometry must be a Polygon or MultiPolygon, not ${String(geometry.type)}`];
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return ['geometry has no coordinates'];
  const shapeProblems = polygons.flatMap((polygon, p) => polygonShapeProblems(polygon, p));
  if (shapeProblems.length > 0) return shapeProblems;
  const crossing = firstCrossing((polygons as Ring[][]).flat());
  return crossing ? [`edges cross or overlap near [${crossing.join(', ')}] (self-intersection)`] : [];
}

function polygonShapeProblems(polygon: unknown, p: number): string[] {
  if (!Array.isArray(polygon) || polygon.length === 0) return [`polygon ${p} has no rings`];
  return polygon.flatMap((ring: unknown, r: number) => {
    const where = `polygon ${p} ring ${r}`;
    if (!Array.isArray(ring) || ring.length < 4) return [`${where} needs at least 4 positions`];
    const bad = ring.findIndex((pos: unknown) => !isLonLat(pos));
    if (bad >= 0) return [`${where} position ${bad} is not a finite [lon, lat] in range`];
    const first = ring[0] as Position;
    const last = ring[ring.length - 1] as Position;
    if (first[0] !== last[0] || first[1] !== last[1]) return [`${where} is not closed`];
    return [];
  });
}

function isLonLat(pos: unknown): boolean {
  if (!Array.isArray(pos) || pos.length < 2) return false;
  const [lon, lat] = pos as unknown[];
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    Math.abs(lon) <= 180 &&
    Math.abs(lat) <= 90
  );
}

/**
 * The first place where two edges of the geometry cross or run along each other, or where a ring
 * touches itself. Rings of one geometry may touch each other at a point (as OGC allows).
 */
function firstCrossing(rings: Ring[]): Position | undefined {
  const edgeCount = rings.reduce((n, ring) => n + ring.length - 1, 0);
  const from: Position[] = new Array(edgeCount);
  const to: Position[] = new Array(edgeCount);
  const ringOf = new Int32Array(edgeCount);
  const firstOfRing = new Int32Array(edgeCount);
  const index = new Flatbush(Math.max(edgeCount, 1));
  let e = 0;
  rings.forEach((ring, r) => {
    const first = e;
    for (let i = 0; i < ring.length - 1; i++, e++) {
      const a = ring[i] ?? [];
      const b = ring[i + 1] ?? [];
      from[e] = a;
      to[e] = b;
      ringOf[e] = r;
      firstOfRing[e] = first;
      index.add(
        Math.min(a[0]!, b[0]!),
        Math.min(a[1]!, b[1]!),
        Math.max(a[0]!, b[0]!),
        Math.max(a[1]!, b[1]!),
      );
    }
  });
  if (edgeCount === 0) return undefined;
  index.finish();
  let found: Position | undefined;
  const isLastOfRing = (o: number) => o + 1 === edgeCount || ringOf[o + 1] !== ringOf[o];
  // One filter for all searches (no closure per edge); it does the test, so no result arrays are built.
  const meetsCurrent = (o: number) => {
    if (o <= e || found) return false;
    const sameRing = ringOf[o] === ringOf[e];
    const neighbours = sameRing && (o - e === 1 || (e === firstOfRing[e] && isLastOfRing(o)));
    found = segmentsMeet(from[e]!, to[e]!, from[o]!, to[o]!, !sameRing || neighbours);
    return false;
  };
  for (e = 0; e < edgeCount && !found; e++) {
    const a = from[e]!;
    const b = to[e]!;
    index.search(
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
      meetsCurrent,
    );
  }
  return found;
}

/**
 * Where segments ab and cd meet, or undefined. With touchAllowed (neighbouring edges, or edges of
 * two different rings) meeting at a single point does not count; crossing or overlapping along a
 * line always counts.
 */
// eslint-disable-next-line max-params -- called for every pair of nearby edges of a layer: the two segments' ends, no object per call
function segmentsMeet(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
  touchAllowed: boolean,
): Position | undefined {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0) return collinearMeeting(a, b, c, d, touchAllowed);
  if (o1 * o2 < 0 && o3 * o4 < 0) return crossingPoint(a, b, c, d);
  if (touchAllowed) return undefined;
  if (o1 === 0 && within(a, b, c)) return c;
  if (o2 === 0 && within(a, b, d)) return d;
  if (o3 === 0 && within(c, d, a)) return a;
  if (o4 === 0 && within(c, d, b)) return b;
  return undefined;
}

/** Collinear segments: sharing more than one point is an overlap; one shared point is a touch. */
// eslint-disable-next-line max-params -- segmentsMeet's arguments, passed on as they are
function collinearMeeting(a: Position, b: Position, c: Position, d: Position, touchAllowed: boolean) {
  const shared = [c, d].filter((p) => within(a, b, p)).concat([a, b].filter((p) => within(c, d, p)));
  const distinct = new Set(shared.map((p) => `${p[0]},${p[1]}`)).size;
  return distinct > 1 || (distinct === 1 && !touchAllowed) ? shared[0] : undefined;
}

function crossingPoint(a: Position, b: Position, c: Position, d: Position): Position {
  const [rx, ry, sx, sy] = [b[0]! - a[0]!, b[1]! - a[1]!, d[0]! - c[0]!, d[1]! - c[1]!];
  const t = ((c[0]! - a[0]!) * sy - (c[1]! - a[1]!) * sx) / (rx * sy - ry * sx);
  return [Number((a[0]! + t * rx).toFixed(6)), Number((a[1]! + t * ry).toFixed(6))];
}

function orient(p: Position, q: Position, r: Position): number {
  return Math.sign((q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!));
}

/** r (known to be on the line pq) lies within segment pq. */
function within(p: Position, q: Position, r: Position): boolean {
  return (
    Math.min(p[0]!, q[0]!) <= r[0]! &&
    r[0]! <= Math.max(p[0]!, q[0]!) &&
    Math.min(p[1]!, q[1]!) <= r[1]! &&
    r[1]! <= Math.max(p[1]!, q[1]!)
  );
}
