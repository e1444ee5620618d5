/**
 * Simplifies a coverage (zones that share edges) without opening gaps or overlaps: each shared
 * stretch of boundary ("arc", between vertices where three or more edges meet) is simplified once
 * with Douglas–Peucker and used by both zones. Simplifying each zone on its own, as
 * turf.simplify does, would move the two sides of a shared boundary differently.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf, signedArea, type Ring } from '../../src/zones/geometry/rings';

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * @example simplifyCoverage(zoneGeometries, 50) // same number of geometries, fewer vertices
 */
export function simplifyCoverage(
  geometries: readonly (Polygon | MultiPolygon)[],
  toleranceMetres: number,
): (Polygon | MultiPolygon)[] {
  const nodes = findNodes(geometries);
  const keepAsIs = new Set<string>();
  for (;;) {
    const cache = new Map<string, Position[]>();
    const collapsed = new Set<string>();
    const result = geometries.map((geometry) => {
      const polygons = polygonsOf(geometry).map((polygon) =>
        polygon.map((ring) => {
          const arcs = splitAtNodes(ring, nodes);
          const out = rebuildRing(arcs, (arc) => simplifyArc(arc, toleranceMetres, cache, keepAsIs));
          if (out.length < 4 || Math.sign(signedArea(out)) !== Math.sign(signedArea(ring))) {
            for (const arc of arcs) collapsed.add(arcKey(arc).key);
          }
          return out;
        }),
      );
      return geometry.type === 'Polygon'
        ? ({ type: 'Polygon', coordinates: polygons[0] ?? [] } as Polygon)
        : ({ type: 'MultiPolygon', coordinates: polygons } as MultiPolygon);
    });
    // A ring that collapsed keeps its arcs unsimplified (in every zone that uses them); try again.
    const fresh = [...collapsed].filter((k) => !keepAsIs.has(k));
    if (fresh.length === 0) return result;
    for (const k of fresh) keepAsIs.add(k);
  }
}

/** Vertices where the boundary network branches (three or more distinct edges), plus one per closed loop. */
function findNodes(geometries: readonly (Polygon | MultiPolygon)[]): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  const rings = geometries.flatMap((g) => polygonsOf(g).flat());
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      link(key(ring[i] ?? []), key(ring[i + 1] ?? []));
      link(key(ring[i + 1] ?? []), key(ring[i] ?? []));
    }
  }
  const nodes = new Set([...neighbours].filter(([, set]) => set.size !== 2).map(([k]) => k));
  for (const ring of rings) {
    if (ring.some((p) => nodes.has(key(p)))) continue;
    nodes.add(ring.map(key).sort()[0] ?? '');
  }
  return nodes;
}

/** Cuts a closed ring into arcs running node to node. */
function splitAtNodes(ring: Ring, nodes: Set<string>): Position[][] {
  const open = ring.slice(0, -1);
  const start = open.findIndex((p) => nodes.has(key(p)));
  const rotated = [...open.slice(start), ...open.slice(0, start), open[start] ?? []];
  const arcs: Position[][] = [];
  let current: Position[] = [rotated[0] ?? []];
  for (const p of rotated.slice(1)) {
    current.push(p);
    if (nodes.has(key(p))) {
      arcs.push(current);
      current = [p];
    }
  }
  return arcs;
}

function rebuildRing(arcs: Position[][], simplify: (arc: Position[]) => Position[]): Ring {
  const ring: Ring = [];
  for (const arc of arcs) {
    const simple = simplify(arc);
    ring.push(...(ring.length === 0 ? simple : simple.slice(1)));
  }
  return ring;
}

/** An arc and its reverse share one key, so both zones get the same simplified line. */
function arcKey(arc: Position[]): { key: string; reversed: boolean } {
  const forward = arc.map(key).join(';');
  const backward = [...arc].reverse().map(key).join(';');
  return forward <= backward ? { key: forward, reversed: false } : { key: backward, reversed: true };
}

function simplifyArc(
  arc: Position[],
  toleranceMetres: number,
  cache: Map<string, Position[]>,
  keep: Set<string>,
) {
  const { key: k, reversed } = arcKey(arc);
  let simple = cache.get(k);
  if (!simple) {
    const canonical = reversed ? [...arc].reverse() : arc;
    simple = keep.has(k) ? canonical : douglasPeucker(canonical, toleranceMetres);
    cache.set(k, simple);
  }
  return reversed ? [...simple].reverse() : simple;
}

/** Douglas–Peucker in a local plane (metres); a closed arc keeps its farthest point so it stays a loop. */
function douglasPeucker(points: Position[], toleranceMetres: number): Position[] {
  const kx = Math.cos(((points[0]?.[1] ?? 0) * Math.PI) / 180) * 111_320;
  const ky = 111_320;
  const xy = points.map(([x = 0, y = 0]) => [x * kx, y * ky] as const);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  // A closed arc (a ring with a single node) must keep its farthest point, or it collapses.
  const closed = key(points[0] ?? []) === key(points[points.length - 1] ?? []);
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    let worst = -1;
    let worstDistance = closed && first === 0 && last === points.length - 1 ? -1 : toleranceMetres;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(xy[i] ?? [0, 0], xy[first] ?? [0, 0], xy[last] ?? [0, 0]);
      if (d > worstDistance) {
        worstDistance = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
