/**
 * Dissolves polygons that share exact edges (a clean coverage such as the OA layer, where every
 * inner edge appears once in each of its two neighbours) by cancelling the shared edges and
 * walking what is left. This is exact, unlike a floating-point union, so zones built from the
 * same OAs meet without slivers.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { orientRings, pointInRing, polygonsOf, signedArea, type Ring } from './rings';

const key = (p: Position): string => `${p[0]},${p[1]}`;

/**
 * @example dissolveCoverage([squareA, squareB]) // two unit squares side by side → one 2×1 Polygon
 */
export function dissolveCoverage(parts: readonly (Polygon | MultiPolygon)[]): Polygon | MultiPolygon {
  const outgoing = boundaryEdges(parts);
  const rings = walkRings(outgoing);
  const outers = rings.filter((r) => signedArea(r) > 0);
  const holes = rings.filter((r) => signedArea(r) < 0);
  const polygons: Ring[][] = outers.sort((a, b) => compareRings(a, b)).map((outer) => [outer]);
  for (const hole of holes) {
    const owner = polygons
      .filter((p) => ringInside(hole, p[0] ?? []))
      .sort((a, b) => Math.abs(signedArea(a[0] ?? [])) - Math.abs(signedArea(b[0] ?? [])))[0];
    if (!owner) throw new Error(`Dissolve: a hole at ${key(hole[0] ?? [])} lies in no outer ring`);
    owner.push(hole);
  }
  const first = polygons[0];
  if (!first) throw new Error('Dissolve: nothing to dissolve');
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: first }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Directed edges (outer rings counter-clockwise) that have no reverse twin, keyed by start vertex. */
function boundaryEdges(parts: readonly (Polygon | MultiPolygon)[]): Map<string, Position[]> {
  const directed = new Map<string, [Position, Position]>();
  for (const part of parts) {
    for (const polygon of polygonsOf(part)) {
      for (const ring of orientRings(polygon)) {
        for (let i = 0; i < ring.length - 1; i++) {
          const a = ring[i] ?? [];
          const b = ring[i + 1] ?? [];
          const reverse = `${key(b)}>${key(a)}`;
          if (directed.has(reverse)) directed.delete(reverse);
          else directed.set(`${key(a)}>${key(b)}`, [a, b]);
        }
      }
    }
  }
  const outgoing = new Map<string, Position[]>();
  for (const [a, b] of directed.values()) {
    const list = outgoing.get(key(a)) ?? [];
    list.push(b);
    outgoing.set(key(a), list);
  }
  return outgoing;
}

/**
 * Follows the remaining edges into closed rings. Where two pieces touch at one vertex there are
 * two ways on; taking the sharpest left turn keeps each piece's ring separate (never self-touching).
 */
function walkRings(outgoing: Map<string, Position[]>): Ring[] {
  const rings: Ring[] = [];
  // Start from plain vertices, so a ring never begins at a vertex where two pieces touch.
  const starts = [...outgoing.keys()].sort(
    (a, b) => (outgoing.get(a)?.length ?? 0) - (outgoing.get(b)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const startKey of starts) {
    while ((outgoing.get(startKey)?.length ?? 0) > 0) {
      const start = (outgoing.get(startKey) ?? [])[0];
      if (!start) break;
      const ring: Ring = [];
      let from: Position = startKey.split(',').map(Number);
      let to: Position = start;
      takeEdge(outgoing, from, to);
      ring.push(from);
      while (key(to) !== startKey || ring.length < 3) {
        ring.push(to);
        const next = sharpestLeft(from, to, outgoing.get(key(to)) ?? []);
        if (!next) throw new Error(`Dissolve: open boundary at ${key(to)}`);
        takeEdge(outgoing, to, next);
        from = to;
        to = next;
      }
      ring.push(ring[0] ?? []);
      rings.push(ring);
    }
  }
  return rings;
}

function takeEdge(outgoing: Map<string, Position[]>, from: Position, to: Position): void {
  const list = outgoing.get(key(from)) ?? [];
  const index = list.findIndex((p) => key(p) === key(to));
  list.splice(index, 1);
}

function sharpestLeft(from: Position, at: Position, candidates: Position[]): Position | undefined {
  const [fx = 0, fy = 0] = from;
  const [ax = 0, ay = 0] = at;
  const heading = Math.atan2(ay - fy, ax - fx);
  let best: Position | undefined;
  let bestTurn = -Infinity;
  for (const c of candidates) {
    let turn = Math.atan2((c[1] ?? 0) - ay, (c[0] ?? 0) - ax) - heading;
    while (turn <= -Math.PI) turn += 2 * Math.PI;
    while (turn > Math.PI) turn -= 2 * Math.PI;
    if (turn > bestTurn) {
      bestTurn = turn;
      best = c;
    }
  }
  return best;
}

/** A hole belongs to an outer ring when one of its vertices is strictly inside it. */
function ringInside(hole: Ring, outer: Ring): boolean {
  for (const [x = 0, y = 0] of hole) {
    const side = pointInRing(x, y, outer);
    if (side !== 0) return side === 1;
  }
  return false;
}

/** Largest ring first, so a zone's main piece leads its MultiPolygon. */
function compareRings(a: Ring, b: Ring): number {
  return Math.abs(signedArea(b)) - Math.abs(signedArea(a));
}
