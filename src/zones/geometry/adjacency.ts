/**
 * Which Output Areas share an edge, and whether each zone's areas form one connected piece.
 * Areas that only touch at a corner are not neighbours: a zone joined only at a point would
 * dissolve into two polygons.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { polygonsOf } from './rings';

/** Neighbour lists by feature index. */
export function edgeNeighbours(geometries: readonly (Polygon | MultiPolygon)[]): Set<number>[] {
  const owners = new Map<string, number[]>();
  geometries.forEach((geometry, index) => {
    for (const polygon of polygonsOf(geometry)) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length - 1; i++) {
          const a = `${ring[i]?.[0]},${ring[i]?.[1]}`;
          const b = `${ring[i + 1]?.[0]},${ring[i + 1]?.[1]}`;
          const edge = a < b ? `${a}|${b}` : `${b}|${a}`;
          const list = owners.get(edge) ?? [];
          list.push(index);
          owners.set(edge, list);
        }
      }
    }
  });
  const neighbours = geometries.map(() => new Set<number>());
  for (const list of owners.values()) {
    for (const a of list) for (const b of list) if (a !== b) neighbours[a]?.add(b);
  }
  return neighbours;
}

/**
 * Connected pieces of each group (e.g. zone), as lists of feature indexes, largest first.
 *
 * @example connectedPieces(['a','a','b'], [[1],[0],[]]) // → Map { a → [[0,1]], b → [[2]] }
 */
export function connectedPieces(
  groups: readonly string[],
  neighbours: readonly Set<number>[],
): Map<string, number[][]> {
  const seen = new Uint8Array(groups.length);
  const pieces = new Map<string, number[][]>();
  groups.forEach((group, start) => {
    if (seen[start]) return;
    const piece: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const index = stack.pop() ?? 0;
      piece.push(index);
      for (const next of neighbours[index] ?? []) {
        if (!seen[next] && groups[next] === group) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    const list = pieces.get(group) ?? [];
    list.push(piece.sort((a, b) => a - b));
    pieces.set(group, list);
  });
  for (const list of pieces.values()) list.sort((a, b) => b.length - a.length);
  return pieces;
}
