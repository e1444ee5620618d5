/**
 * The polygons behind lookup.ts in flat typed arrays, and the exact even-odd point-in-polygon test
 * on them (a point on an edge counts as inside).
 */
import type { MultiPolygon, Polygon } from 'geojson';

/** Flat copies of the rings, so the hot path touches no objects. */
export interface Rings {
  /** x, y of every ring point, rings back to back. */
  xy: Float64Array;
  /** Ring r is points ringStart[r] … ringStart[r + 1] - 1. */
  ringStart: Int32Array;
  /** Area a is rings areaRing[a] … areaRing[a + 1] - 1. */
  areaRing: Int32Array;
  /** minX, minY, maxX, maxY of each area. */
  bbox: Float64Array;
}

/**
 * Each area's edges by grid row. A point's even-odd test needs only the edges that reach its height,
 * and those all touch its row, so a test reads a few edges stored side by side instead of the
 * whole polygon.
 */
export interface RowEdges {
  /** First grid row of each area's bbox. */
  firstRow: Int32Array;
  /** Slot of (area, its first row); the area's rows run to slotBase[area + 1] - 1. */
  slotBase: Int32Array;
  /** Edges of slot s: coords[4 * e …] for e in slotStart[s] … slotStart[s + 1] - 1, as x, y, previous x, previous y. */
  slotStart: Int32Array;
  coords: Float64Array;
}

export interface GridShape {
  minX: number;
  minY: number;
  cellW: number;
  cellH: number;
  cols: number;
  rows: number;
}

export function flattenRings(geometries: readonly (Polygon | MultiPolygon)[]): Rings {
  const ringsOf = (g: Polygon | MultiPolygon) =>
    g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  let points = 0;
  let ringCount = 0;
  for (const g of geometries) {
    for (const ring of ringsOf(g)) {
      points += ring.length;
      ringCount++;
    }
  }
  const r: Rings = {
    xy: new Float64Array(points * 2),
    ringStart: new Int32Array(ringCount + 1),
    areaRing: new Int32Array(geometries.length + 1),
    bbox: new Float64Array(geometries.length * 4),
  };
  let p = 0;
  let ringIndex = 0;
  geometries.forEach((geometry, area) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of ringsOf(geometry)) {
      for (const position of ring) {
        const x = position[0] ?? NaN;
        const y = position[1] ?? NaN;
        r.xy[2 * p] = x;
        r.xy[2 * p + 1] = y;
        p++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      r.ringStart[++ringIndex] = p;
    }
    r.areaRing[area + 1] = ringIndex;
    r.bbox.set([minX, minY, maxX, maxY], area * 4);
  });
  return r;
}

/** Even-odd test over all rings of the area (holes and parts alike); a point on an edge is inside. */
export function pointInArea(r: Rings, area: number, x: number, y: number): boolean {
  const { bbox, xy, ringStart } = r;
  const b = area * 4;
  if (x < bbox[b]! || y < bbox[b + 1]! || x > bbox[b + 2]! || y > bbox[b + 3]!) return false;
  let inside = false;
  for (let ring = r.areaRing[area]!, last = r.areaRing[area + 1]!; ring < last; ring++) {
    const start = ringStart[ring]!;
    const end = ringStart[ring + 1]!;
    let xj = xy[2 * end - 2]!;
    let yj = xy[2 * end - 1]!;
    for (let i = start; i < end; i++) {
      const xi = xy[2 * i]!;
      const yi = xy[2 * i + 1]!;
      const side = edgeSide(x, y, xi, yi, xj, yj);
      if (side === ON_EDGE) return true;
      if (side === CROSSES) inside = !inside;
      xj = xi;
      yj = yi;
    }
  }
  return inside;
}

const MISSES = 0;
const CROSSES = 1;
const ON_EDGE = 2;

/**
 * One step of the even-odd test: does the edge (xj, yj) → (xi, yi) cross the ray from (x, y)
 * towards +x, or does the point lie on it? Half-open in y, so a vertex on the ray counts once.
 */
// eslint-disable-next-line max-params -- the inner loop of every point lookup: plain numbers, no object per call
function edgeSide(x: number, y: number, xi: number, yi: number, xj: number, yj: number): number {
  if (yi > y !== yj > y) {
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0) return ON_EDGE;
    return cross > 0 === yj > yi ? CROSSES : MISSES;
  }
  if (yi === y && (xi === x || (yj === y && x >= Math.min(xi, xj) && x <= Math.max(xi, xj)))) return ON_EDGE;
  return MISSES;
}

/** Slot of the area's edges in one grid row: edges slotStart[slot] … slotStart[slot + 1] - 1. */
export function rowEdgeSlot(e: RowEdges, area: number, row: number): number {
  const slot = e.slotBase[area]! + row - e.firstRow[area]!;
  // Candidates of a cell always reach its row; a slot outside the area's rows would be a bug.
  if (slot < e.slotBase[area]! || slot >= e.slotBase[area + 1]!)
    throw new Error(`Area ${area} has no row ${row}`);
  return slot;
}

/** pointInArea over a run of edges stored as x, y, previous x, previous y: an area's edges in one row. */
// eslint-disable-next-line max-params -- called for each candidate area of every point lookup, which allocates nothing
export function pointInEdges(
  coords: Float64Array,
  first: number,
  end: number,
  x: number,
  y: number,
): boolean {
  let inside = false;
  for (let k = first; k < end; k++) {
    const side = edgeSide(x, y, coords[4 * k]!, coords[4 * k + 1]!, coords[4 * k + 2]!, coords[4 * k + 3]!);
    if (side === ON_EDGE) return true;
    if (side === CROSSES) inside = !inside;
  }
  return inside;
}

/** Files every edge under each grid row its y-range touches (widened by a hair, as the grid's cells are). */
export function edgesByRow(r: Rings, g: GridShape): RowEdges {
  const hair = 1e-9;
  const areaCount = r.areaRing.length - 1;
  const rowOf = (y: number) => Math.min(g.rows - 1, Math.max(0, Math.floor((y - g.minY) / g.cellH)));
  const firstRow = new Int32Array(areaCount);
  const slotBase = new Int32Array(areaCount + 1);
  for (let a = 0; a < areaCount; a++) {
    firstRow[a] = rowOf(r.bbox[4 * a + 1]! - hair);
    slotBase[a + 1] = slotBase[a]! + rowOf(r.bbox[4 * a + 3]! + hair) - firstRow[a]! + 1;
  }
  const slotStart = new Int32Array(slotBase[areaCount]! + 1);
  // Two passes over the edges: count per slot, then fill.
  const eachEdgeRow = (visit: (slot: number, i: number, j: number) => void) => {
    for (let a = 0; a < areaCount; a++) {
      for (let ring = r.areaRing[a]!; ring < r.areaRing[a + 1]!; ring++) {
        const start = r.ringStart[ring]!;
        const end = r.ringStart[ring + 1]!;
        for (let i = start, j = end - 1; i < end; j = i++) {
          const yi = r.xy[2 * i + 1]!;
          const yj = r.xy[2 * j + 1]!;
          const last = rowOf((yi > yj ? yi : yj) + hair);
          for (let row = rowOf((yi < yj ? yi : yj) - hair); row <= last; row++)
            visit(slotBase[a]! + row - firstRow[a]!, i, j);
        }
      }
    }
  };
  eachEdgeRow((slot) => (slotStart[slot + 1] = slotStart[slot + 1]! + 1));
  for (let s = 0; s < slotStart.length - 1; s++) slotStart[s + 1] = slotStart[s + 1]! + slotStart[s]!;
  const next = slotStart.slice(0, slotStart.length - 1);
  const coords = new Float64Array(slotStart[slotStart.length - 1]! * 4);
  eachEdgeRow((slot, i, j) => {
    const k = next[slot]!;
    next[slot] = k + 1;
    coords[4 * k] = r.xy[2 * i]!;
    coords[4 * k + 1] = r.xy[2 * i + 1]!;
    coords[4 * k + 2] = r.xy[2 * j]!;
    coords[4 * k + 3] = r.xy[2 * j + 1]!;
  });
  return { firstRow, slotBase, slotStart, coords };
}
