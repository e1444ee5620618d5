/**
 * The grid behind lookup.ts, which answers most points with one array read.
 *
 * A grid cell that no area edge touches lies wholly inside one area (or wholly outside all), so
 * its answer is stored once; a cell that edges touch keeps the areas of those edges, and a point
 * there gets the exact test against them (only their edges in its row), lowest area index first.
 */
import Flatbush from 'flatbush';
import {
  edgesByRow,
  pointInArea,
  pointInEdges,
  rowEdgeSlot,
  type GridShape,
  type Rings,
} from './lookup-rings';

export const OUTSIDE = -1;

export interface Grid {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  invCellW: number;
  invCellH: number;
  cols: number;
  rows: number;
  /**
   * Area index when the cell lies wholly in one area; OUTSIDE when wholly outside; otherwise
   * -(k + 2), where candidates[k] counts the areas whose edges touch the cell and the next entries
   * give, for each, the area and the range of its edges in the cell's row. A lookup in such a cell
   * reads three places (cell, candidates, edges), all laid out for it.
   */
  cells: Int32Array;
  candidates: Int32Array;
  /** Edges filed by (area, row): x, y, previous x, previous y (see edgesByRow). */
  edgeCoords: Float64Array;
}

export function locateInGrid(g: Grid, x: number, y: number): number {
  if (!(x >= g.minX && x <= g.maxX && y >= g.minY && y <= g.maxY)) return OUTSIDE;
  // The layer's top and right edges belong to the last row and column (boundary counts as inside).
  const col = Math.min(Math.floor((x - g.minX) * g.invCellW), g.cols - 1);
  const row = Math.min(Math.floor((y - g.minY) * g.invCellH), g.rows - 1);
  const value = g.cells[row * g.cols + col]!;
  if (value >= OUTSIDE) return value;
  const c = g.candidates;
  const first = -value - 1;
  for (let j = first, end = first + 3 * c[first - 1]!; j < end; j += 3) {
    if (pointInEdges(g.edgeCoords, c[j + 1]!, c[j + 2]!, x, y)) return c[j]!;
  }
  return OUTSIDE;
}

export function buildGrid(r: Rings, cellsPerSide: number): Grid {
  const [minX, minY, maxX, maxY] = layerBbox(r);
  const cols = cellsPerSide;
  const rows = cellsPerSide;
  const cellW = (maxX - minX) / cols || 1;
  const cellH = (maxY - minY) / rows || 1;
  const { candidateStart, candidates: touching } = edgeCells(r, { minX, minY, cellW, cellH, cols, rows });
  const rowEdges = edgesByRow(r, { minX, minY, cellW, cellH, cols, rows });
  const cells = new Int32Array(cols * rows);
  // Per touched cell: its count, then area, first edge, end edge for each candidate.
  const candidates = new Int32Array(4 * touching.length);
  let used = 0;
  const boxes = areaBoxes(r);
  const pointTest = (x: number, y: number): number => {
    const hits = boxes.search(x, y, x, y).sort((a, b) => a - b);
    return hits.find((a) => pointInArea(r, a, x, y)) ?? OUTSIDE;
  };
  for (let row = 0; row < rows; row++) {
    let runArea: number | undefined;
    for (let col = 0; col < cols; col++) {
      const i = row * cols + col;
      const from = candidateStart[i]!;
      const count = candidateStart[i + 1]! - from;
      if (count > 0) {
        candidates[used] = count;
        for (let k = 0; k < count; k++) {
          const area = touching[from + k]!;
          const slot = rowEdgeSlot(rowEdges, area, row);
          candidates[used + 1 + 3 * k] = area;
          candidates[used + 2 + 3 * k] = rowEdges.slotStart[slot]!;
          candidates[used + 3 + 3 * k] = rowEdges.slotStart[slot + 1]!;
        }
        cells[i] = -used - 2;
        used += 3 * count + 1;
        runArea = undefined;
        continue;
      }
      // Untouched cells that meet (left or below) lie in the same area: no edge separates them.
      const below = row > 0 ? cells[i - cols]! : -2;
      runArea ??=
        below >= OUTSIDE ? below : pointTest(minX + (col + 0.5) * cellW, minY + (row + 0.5) * cellH);
      cells[i] = runArea;
    }
  }
  return {
    minX,
    minY,
    maxX,
    maxY,
    cols,
    rows,
    cells,
    edgeCoords: rowEdges.coords,
    invCellW: 1 / cellW,
    invCellH: 1 / cellH,
    candidates: candidates.slice(0, used),
  };
}

/** Flatbush over the areas' bounding boxes, for the point tests the build needs. */
function areaBoxes(r: Rings): Flatbush {
  const index = new Flatbush(r.bbox.length / 4);
  for (let i = 0; i < r.bbox.length; i += 4) {
    index.add(r.bbox[i] ?? 0, r.bbox[i + 1] ?? 0, r.bbox[i + 2] ?? 0, r.bbox[i + 3] ?? 0);
  }
  index.finish();
  return index;
}

function layerBbox(r: Rings): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < r.bbox.length; i += 4) {
    minX = Math.min(minX, r.bbox[i] ?? 0);
    minY = Math.min(minY, r.bbox[i + 1] ?? 0);
    maxX = Math.max(maxX, r.bbox[i + 2] ?? 0);
    maxY = Math.max(maxY, r.bbox[i + 3] ?? 0);
  }
  return [minX, minY, maxX, maxY];
}

/**
 * For each cell (closed, widened by a hair against rounding), the areas whose edges touch it, in
 * area order, as start offsets into one candidates array.
 */
function edgeCells(r: Rings, g: GridShape): { candidateStart: Int32Array; candidates: Int32Array } {
  const hair = 1e-9;
  const { xy, ringStart, areaRing } = r;
  const { minX, minY, cellW, cellH, cols, rows } = g;
  const cellCount = cols * rows;
  const lastArea = new Int32Array(cellCount).fill(-1);
  let pairs: Int32Array = new Int32Array(8 * xy.length);
  let pairCount = 0;
  const add = (cell: number, area: number) => {
    if (lastArea[cell] === area) return;
    lastArea[cell] = area;
    if (2 * pairCount + 2 > pairs.length) pairs = growInt32(pairs);
    pairs[2 * pairCount] = cell;
    pairs[2 * pairCount + 1] = area;
    pairCount++;
  };
  for (let area = 0; area < areaRing.length - 1; area++) {
    for (let ring = areaRing[area]!; ring < areaRing[area + 1]!; ring++) {
      for (let i = ringStart[ring]! + 1; i < ringStart[ring + 1]!; i++) {
        const x1 = xy[2 * i - 2]!;
        const y1 = xy[2 * i - 1]!;
        const x2 = xy[2 * i]!;
        const y2 = xy[2 * i + 1]!;
        const c0 = Math.max(0, Math.floor(((x1 < x2 ? x1 : x2) - hair - minX) / cellW));
        const c1 = Math.min(cols - 1, Math.floor(((x1 > x2 ? x1 : x2) + hair - minX) / cellW));
        const r0 = Math.max(0, Math.floor(((y1 < y2 ? y1 : y2) - hair - minY) / cellH));
        const r1 = Math.min(rows - 1, Math.floor(((y1 > y2 ? y1 : y2) + hair - minY) / cellH));
        // Within one row or one column, the edge crosses every cell of its range: no test needed.
        const straight = r0 === r1 || c0 === c1;
        for (let row = r0; row <= r1; row++) {
          for (let col = c0; col <= c1; col++) {
            const left = minX + col * cellW - hair;
            const bottom = minY + row * cellH - hair;
            const meets =
              straight ||
              segmentMeetsBox(
                x1,
                y1,
                x2,
                y2,
                left,
                bottom,
                left + cellW + 2 * hair,
                bottom + cellH + 2 * hair,
              );
            if (meets) add(row * cols + col, area);
          }
        }
      }
    }
  }
  // A counting sort by cell keeps each cell's areas in area order.
  const candidateStart = new Int32Array(cellCount + 1);
  for (let p = 0; p < pairCount; p++) candidateStart[pairs[2 * p]! + 1]!++;
  for (let c = 0; c < cellCount; c++) candidateStart[c + 1]! += candidateStart[c]!;
  const next = candidateStart.slice(0, cellCount);
  const candidates = new Int32Array(pairCount);
  for (let p = 0; p < pairCount; p++) candidates[next[pairs[2 * p]!]!++] = pairs[2 * p + 1]!;
  return { candidateStart, candidates };
}

function growInt32(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The segment's bbox already overlaps the box; they meet unless all four corners lie strictly on one side. */
// eslint-disable-next-line max-params -- called for every edge against every grid cell it may touch: plain numbers, no object per call
function segmentMeetsBox(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  l: number,
  b: number,
  r: number,
  t: number,
) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const sides =
    Math.sign(dx * (b - y1) - dy * (l - x1)) +
    Math.sign(dx * (b - y1) - dy * (r - x1)) +
    Math.sign(dx * (t - y1) - dy * (r - x1)) +
    Math.sign(dx * (t - y1) - dy * (l - x1));
  return sides !== 4 && sides !== -4;
}
