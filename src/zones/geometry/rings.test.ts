import { describe, expect, it } from 'vitest';
import { orientRings, pointInRing, signedArea, splitPinchedRings } from './rings';

const square = [
  [0, 0],
  [2, 0],
  [2, 2],
  [0, 2],
  [0, 0],
];

describe('signedArea and orientRings', () => {
  it('is positive for a counter-clockwise ring', () => {
    expect(signedArea(square)).toBe(4);
    expect(signedArea([...square].reverse())).toBe(-4);
  });

  it('turns the outer ring counter-clockwise and holes clockwise (RFC 7946)', () => {
    const hole = [
      [0.5, 0.5],
      [1, 0.5],
      [1, 1],
      [0.5, 0.5],
    ];
    const [outer, inner] = orientRings([[...square].reverse(), hole]);
    expect(signedArea(outer ?? [])).toBeGreaterThan(0);
    expect(signedArea(inner ?? [])).toBeLessThan(0);
  });
});

describe('pointInRing', () => {
  it('tells inside, outside and on the edge', () => {
    expect(pointInRing(1, 1, square)).toBe(1);
    expect(pointInRing(3, 1, square)).toBe(-1);
    expect(pointInRing(2, 1, square)).toBe(0);
    expect(pointInRing(0, 0, square)).toBe(0);
  });
});

describe('splitPinchedRings', () => {
  it('turns a loop that turns the other way into a hole touching the ring', () => {
    // Outer square counter-clockwise; at (2,0) a clockwise loop runs inside it and comes back.
    const pinched = [
      [0, 0],
      [2, 0],
      [1, 1],
      [3, 1],
      [2, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    const [polygon, ...rest] = splitPinchedRings([pinched]);
    expect(rest).toEqual([]);
    expect(polygon).toHaveLength(2);
    expect(polygon?.[1]).toEqual([
      [2, 0],
      [1, 1],
      [3, 1],
      [2, 0],
    ]);
  });

  it('turns a loop that turns the same way into a separate piece', () => {
    // Two squares joined at the corner (2,2), drawn as one figure-eight ring.
    const eight = [
      [0, 0],
      [2, 0],
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const pieces = splitPinchedRings([eight]);
    expect(pieces).toHaveLength(2);
    expect(pieces.map((p) => Math.abs(signedArea(p[0] ?? [])))).toEqual([4, 4]);
  });

  it('leaves a simple polygon alone', () => {
    expect(splitPinchedRings([square])).toEqual([[square]]);
  });
});
