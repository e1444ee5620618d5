/**
 * The grid index must give the same answer as the obvious method: a loop of
 * turf.booleanPointInPolygon (boundary counts as inside) over every area, lowest areaId first.
 */
import { resolve } from 'node:path';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildAreaIndex, type AreaLayer, type AreaProperties } from '../../src/zones/lookup';
import { GEO_DIR, readGeoJson } from './fixtures';

const layer = readGeoJson<AreaLayer>(resolve(GEO_DIR, 'areas.geojson'));
const zones = readGeoJson<FeatureCollection<Polygon | MultiPolygon, { id: string }>>(
  resolve(GEO_DIR, 'zones.geojson'),
);
const POINTS = 100_000;

/** A fixed-seed generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The reference: every area in areaId order; the bbox check only skips calls that must say no. */
function turfLoop(features: Feature<Polygon | MultiPolygon, AreaProperties>[]) {
  const sorted = [...features].sort((a, b) => (a.properties.areaId < b.properties.areaId ? -1 : 1));
  const boxes = Float64Array.from(sorted.flatMap((f) => bbox(f)));
  return (point: [number, number]) => {
    const [x, y] = point;
    for (let i = 0; i < sorted.length; i++) {
      const b = i * 4;
      if (x < boxes[b]! || y < boxes[b + 1]! || x > boxes[b + 2]! || y > boxes[b + 3]!) continue;
      const feature = sorted[i];
      if (feature && booleanPointInPolygon(point, feature)) return feature.properties.areaId;
    }
    return undefined;
  };
}

describe('lookup agrees with a plain turf.booleanPointInPolygon loop', () => {
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = bbox(layer);
  const next = random(20211101);
  const points = Array.from({ length: POINTS }, (): [number, number] => [
    minX + next() * (maxX - minX),
    minY + next() * (maxY - minY),
  ]);
  const index = buildAreaIndex(layer);

  it(`on ${POINTS.toLocaleString('en-GB')} random points in the county's bounding box`, () => {
    const reference = turfLoop(layer.features);
    const disagreements = points
      .filter((p) => index.locate(p[0], p[1])?.areaId !== reference(p))
      .map((p) => `${p[0]},${p[1]}`);
    expect(disagreements).toEqual([]);
    // Both inside and outside were exercised (about half the box is outside the county).
    const inside = points.filter((p) => index.locate(p[0], p[1])).length;
    expect(inside / POINTS).toBeGreaterThan(0.3);
    expect(inside / POINTS).toBeLessThan(0.7);
  });

  it('on 5,000 area vertices, where several areas meet: both pick the lowest areaId', () => {
    const reference = turfLoop(layer.features);
    const vertices = layer.features.flatMap((f) =>
      (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat(),
    );
    const sample = Array.from(
      { length: 5_000 },
      () => vertices[Math.floor(next() * vertices.length)] ?? [0, 0],
    );
    const disagreements = sample.filter(([x = 0, y = 0]) => index.locate(x, y)?.areaId !== reference([x, y]));
    expect(disagreements).toEqual([]);
  });

  it('with other grid sizes too (cells of other shapes, more of them mixed), on 20,000 points each', () => {
    const reference = turfLoop(layer.features);
    for (const cellsPerSide of [37, 128]) {
      const coarse = buildAreaIndex(layer, cellsPerSide);
      const disagreements = points
        .slice(0, 20_000)
        .filter((p) => coarse.locate(p[0], p[1])?.areaId !== reference(p));
      expect(disagreements, `${cellsPerSide} cells per side`).toEqual([]);
    }
  });

  it('and its zone agrees with a turf loop over the 14 dissolved zones (first 10,000 points)', () => {
    const disagreements = points.slice(0, 10_000).filter((p) => {
      const zone = zones.features.find((z) => booleanPointInPolygon(p, z))?.properties.id;
      return index.locate(p[0], p[1])?.zoneId !== zone;
    });
    expect(disagreements).toEqual([]);
  });
});
