import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area as turfArea } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, readGeoJson, UPDATE_FIXTURES } from '../../../test/zones/fixtures';
import type { AreaLayer } from '../lookup';
import { geometryProblems } from '../validate-layer';
import { dissolveCoverage } from './dissolve';

const input = readGeoJson<AreaLayer>(resolve(FIXTURES_DIR, 'lookup-areas.geojson'));
const expectedPath = resolve(FIXTURES_DIR, 'dissolve-expected.geojson');

function dissolveByZone(layer: AreaLayer): FeatureCollection<Polygon | MultiPolygon, { zoneId: string }> {
  const zoneIds = [...new Set(layer.features.map((f) => f.properties.zoneId))].sort();
  return {
    type: 'FeatureCollection',
    features: zoneIds.map((zoneId): Feature<Polygon | MultiPolygon, { zoneId: string }> => ({
      type: 'Feature',
      properties: { zoneId },
      geometry: dissolveCoverage(
        layer.features.filter((f) => f.properties.zoneId === zoneId).map((f) => f.geometry),
      ),
    })),
  };
}

describe('dissolveCoverage', () => {
  const actual = dissolveByZone(input);
  if (UPDATE_FIXTURES || !existsSync(expectedPath))
    writeFileSync(expectedPath, `${JSON.stringify(actual, null, 1)}\n`);

  it('matches the expected fixture (test/fixtures/geo/dissolve-expected.geojson)', () => {
    expect(actual).toEqual(readGeoJson(expectedPath));
  });

  it('merges areas that share an edge and keeps a hole another zone fills', () => {
    const west = actual.features.find((f) => f.properties.zoneId === 'west')?.geometry;
    expect(west?.type).toBe('Polygon');
    expect(west?.coordinates).toHaveLength(2);
  });

  it('keeps pieces that touch only at a corner apart, each one valid', () => {
    const east = actual.features.find((f) => f.properties.zoneId === 'east')?.geometry;
    expect(east?.type).toBe('MultiPolygon');
    expect(east?.coordinates).toHaveLength(2);
    for (const zone of actual.features) expect(geometryProblems(zone.geometry)).toEqual([]);
  });

  it('loses no area', () => {
    const before = input.features.reduce((sum, f) => sum + turfArea(f), 0);
    const after = actual.features.reduce((sum, f) => sum + turfArea(f), 0);
    expect(after).toBeCloseTo(before, 0);
  });

  it('gives one Polygon for a single part', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(dissolveCoverage([square])).toEqual(square);
  });
});
