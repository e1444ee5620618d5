import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifyCoverage } from './simplify-shared';

/** Two zones split by a wiggly line with small (about 10 m) bumps, so simplification removes them. */
function twoZones(): [Polygon, Polygon] {
  const wiggle: Position[] = [];
  for (let i = 0; i <= 20; i++) wiggle.push([-1.2 + 0.0001 * (i % 2), 52.6 + i * 0.001]);
  const west: Position[] = [[-1.21, 52.6], ...wiggle, [-1.21, 52.62], [-1.21, 52.6]];
  const east: Position[] = [[-1.19, 52.6], [-1.19, 52.62], ...[...wiggle].reverse(), [-1.19, 52.6]];
  return [
    { type: 'Polygon', coordinates: [west] },
    { type: 'Polygon', coordinates: [east] },
  ];
}

const edgesOf = (polygon: Polygon) =>
  new Set(
    polygon.coordinates[0]
      ?.slice(1)
      .map((p, i) => [polygon.coordinates[0]?.[i], p].map(String).sort().join('|')),
  );

describe('simplifyCoverage', () => {
  const [west, east] = simplifyCoverage(twoZones(), 50) as [Polygon, Polygon];

  it('removes detail below the tolerance', () => {
    expect(west.coordinates[0]?.length).toBeLessThan(twoZones()[0].coordinates[0]?.length ?? 0);
  });

  it('moves a shared boundary the same way in both zones, so no gap or overlap opens', () => {
    const shared = [...edgesOf(west)].filter((edge) => edgesOf(east).has(edge));
    expect(shared.length).toBeGreaterThan(0);
    // Every west edge away from the outer frame is also an east edge.
    const inner = [...edgesOf(west)].filter((edge) => !edge.includes('-1.21'));
    expect(inner.every((edge) => edgesOf(east).has(edge))).toBe(true);
  });

  it('keeps a ring that would collapse as it was', () => {
    const tiny: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1e-6, 0],
          [1e-6, 1e-6],
          [0, 0],
        ],
      ],
    };
    expect(simplifyCoverage([tiny], 1000)).toEqual([tiny]);
  });
});
