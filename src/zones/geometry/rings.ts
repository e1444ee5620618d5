/**
 * Planar ring helpers on [lon, lat] coordinates. Areas here are only compared by sign and size,
 * never reported, so degrees are fine.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = Position[];

/** Shoelace signed area of a closed ring: positive when counter-clockwise. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** All polygons of a Polygon or MultiPolygon as lists of rings (outer first). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Outer rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6). */
export function orientRings(polygon: Ring[]): Ring[] {
  return polygon.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}

/** -1 outside, 0 on the ring's edge, 1 inside (even-odd crossing test, boundary checked exactly). */
export function pointInRing(x: number, y: number, ring: Ring): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (onSegment(x, y, xi, yi, xj, yj)) return 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

// eslint-disable-next-line max-params -- called for every edge of every ring tested: plain numbers, no object per call
function onSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  if (x < Math.min(x1, x2) || x > Math.max(x1, x2) || y < Math.min(y1, y2) || y > Math.max(y1, y2))
    return false;
  return (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1) === 0;
}

/** Rounds to 6 decimals (about 0.1 m), the precision of the sources. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Makes a polygon's rings simple. A few source OAs have a ring that passes through one vertex
 * twice (a loop pinched off at a point), which GeoJSON validators reject. Each loop becomes its own
 * ring: a hole when it turns the other way from its ring, else a separate piece.
 *
 * @example splitPinchedRings([[a, b, p, c, d, p, e, a]]) // → [[a, b, p, e, a], [p, c, d, p]] sorted into polygons
 */
export function splitPinchedRings(polygon: Ring[]): Ring[][] {
  const outers: Ring[] = [];
  const holes: Ring[] = [];
  polygon.forEach((ring, i) => {
    // The largest piece is the ring proper, whichever vertex the ring happened to start at.
    const pieces = splitAtRepeats(ring).sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
    const mainSign = Math.sign(signedArea(pieces[0] ?? []));
    for (const [j, piece] of pieces.entries()) {
      const sameTurn = j === 0 || Math.sign(signedArea(piece)) === mainSign;
      const isOuter = (i === 0) === sameTurn;
      (isOuter ? outers : holes).push(piece);
    }
  });
  const polygons = outers.map((outer) => [outer]);
  for (const hole of holes) {
    const owner = polygons.find((p) => hole.some(([x = 0, y = 0]) => pointInRing(x, y, p[0] ?? []) === 1));
    (owner ?? polygons[0])?.push(hole);
  }
  return polygons;
}

/** Cuts a closed ring wherever it comes back to a vertex it has already passed. */
function splitAtRepeats(ring: Ring): Ring[] {
  const loops: Ring[] = [];
  const path: Ring = [];
  const at = new Map<string, number>();
  for (const p of ring.slice(0, -1)) {
    const k = `${p[0]},${p[1]}`;
    const j = at.get(k);
    if (j === undefined) {
      at.set(k, path.length);
      path.push(p);
      continue;
    }
    const loop = path.splice(j + 1);
    for (const q of loop) at.delete(`${q[0]},${q[1]}`);
    loops.push([p, ...loop, p]);
  }
  return [[...path, path[0] ?? []], ...loops];
}
