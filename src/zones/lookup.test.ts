import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, readGeoJson } from '../../test/zones/fixtures';
import { buildAreaIndex, type AreaLayer } from './lookup';

const areas = readGeoJson<AreaLayer>(resolve(FIXTURES_DIR, 'lookup-areas.geojson'));
const expected = readGeoJson<FeatureCollection<Point, { expectedAreaId: string | null; note: string }>>(
  resolve(FIXTURES_DIR, 'lookup-expected-points.geojson'),
);

describe('buildAreaIndex(...).locate', () => {
  // Small grids put the fixture's edges in cells of every kind; 1 cell means every point is tested exactly.
  for (const cellsPerSide of [1, 3, 16, 1024]) {
    describe(`with ${cellsPerSide} grid cells per side`, () => {
      const index = buildAreaIndex(areas, cellsPerSide);
      for (const point of expected.features) {
        const [lon = 0, lat = 0] = point.geometry.coordinates;
        it(`${point.properties.note} → ${point.properties.expectedAreaId ?? 'outside'}`, () => {
          expect(index.locate(lon, lat)?.areaId ?? null).toBe(point.properties.expectedAreaId);
        });
      }
    });
  }

  it('agrees with a turf loop (lowest areaId first) on a lattice that hits edges and corners', () => {
    const sorted = [...areas.features].sort((a, b) => (a.properties.areaId < b.properties.areaId ? -1 : 1));
    const reference = (p: [number, number]) =>
      sorted.find((f) => booleanPointInPolygon(p, f))?.properties.areaId;
    const lattice: [number, number][] = [];
    for (let i = 0; i <= 24; i++) {
      for (let j = 0; j <= 20; j++) {
        // Through toFixed, so -1.19 is the same number as in the fixture file.
        lattice.push([Number((-1.205 + i * 0.0025).toFixed(4)), Number((52.595 + j * 0.0025).toFixed(4))]);
      }
    }
    for (const cellsPerSide of [1, 2, 3, 5, 16, 512]) {
      const index = buildAreaIndex(areas, cellsPerSide);
      const wrong = lattice.filter((p) => index.locate(p[0], p[1])?.areaId !== reference(p));
      expect(wrong, `${cellsPerSide} cells per side`).toEqual([]);
    }
  });

  it('returns the zone and the band together', () => {
    expect(buildAreaIndex(areas).locate(-1.185, 52.605)).toMatchObject({ zoneId: 'east', band: 'fringe' });
  });

  it('answers undefined for coordinates that are not numbers', () => {
    const index = buildAreaIndex(areas);
    expect(index.locate(Number.NaN, 52.6)).toBeUndefined();
    expect(index.locate(-1.19, Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('refuses an empty layer', () => {
    expect(() => buildAreaIndex({ type: 'FeatureCollection', features: [] })).toThrow(/no features/);
  });
});

describe('buildAreaIndex(...).nearestZone', () => {
  const index = buildAreaIndex(areas);

  it('gives distance 0 and the zone for a point inside', () => {
    expect(index.nearestZone(-1.19, 52.62)).toEqual({ zoneId: 'north', distanceMetres: 0 });
  });

  it('gives the closest zone and the distance to its edge for a point outside', () => {
    const north = index.nearestZone(-1.19, 52.64);
    expect(north.zoneId).toBe('west');
    expect(north.distanceMetres).toBeCloseTo(1113, -1);
  });

  it('breaks a tie between equally near areas to the lowest areaId', () => {
    // 0.01° south of the B|A corner: both edges are equally near; A (zone east) is the lower id.
    expect(index.nearestZone(-1.19, 52.59).zoneId).toBe('east');
  });

  it('rejects coordinates that are not finite', () => {
    expect(() => index.nearestZone(Number.NaN, 52)).toThrow(RangeError);
  });
});
