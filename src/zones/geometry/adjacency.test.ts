import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { connectedPieces, edgeNeighbours } from './adjacency';

const square = (x: number, y: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});

describe('edgeNeighbours and connectedPieces', () => {
  // 0 and 1 share an edge; 2 touches 1 only at a corner.
  const neighbours = edgeNeighbours([square(0, 0), square(1, 0), square(2, 1)]);

  it('links areas that share an edge, not areas that touch at a corner', () => {
    expect(neighbours.map((set) => [...set])).toEqual([[1], [0], []]);
  });

  it('finds the connected pieces of each group, largest first', () => {
    const pieces = connectedPieces(['z', 'z', 'z'], neighbours);
    expect(pieces.get('z')).toEqual([[0, 1], [2]]);
  });
});
