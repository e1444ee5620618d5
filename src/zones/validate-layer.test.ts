import { resolve } from 'node:path';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, GEO_DIR, readGeoJson } from '../../test/zones/fixtures';
import type { AreaLayer, AreaProperties } from './lookup';
import { validateAreaLayer } from './validate-layer';

const square = (x: number, y: number, size = 0.01): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

const area = (i: number, overrides: Partial<AreaProperties> = {}, geometry = square(-1.3 + i * 0.01, 52.6)) =>
  ({
    type: 'Feature',
    properties: {
      areaId: `E${String(i).padStart(8, '0')}`,
      zoneId: `zone-${i % 14}`,
      band: 'urban',
      bandSource: 'ruc2011-lsoa',
      lsoa: 'E01000001',
      lad: 'E07000130',
      ladName: 'Charnwood',
      ruc11Lsoa: 'C1',
      ...overrides,
    },
    geometry,
  }) as Feature<Polygon, AreaProperties>;

/** 14 squares in a row, one per zone: a valid layer. */
const validLayer = (): AreaLayer => ({
  type: 'FeatureCollection',
  features: Array.from({ length: 14 }, (_, i) => area(i)),
});

const withFeature = (index: number, feature: unknown) => {
  const layer = validLayer() as { features: unknown[] };
  layer.features[index] = feature;
  return layer;
};

describe('validateAreaLayer', () => {
  it('accepts a layer of 14 zones with valid areas', () => {
    expect(validateAreaLayer(validLayer())).toEqual([]);
  });

  it('accepts the committed geo/areas.geojson', () => {
    expect(validateAreaLayer(readGeoJson(resolve(GEO_DIR, 'areas.geojson')))).toEqual([]);
  });

  it('refuses something that is not a FeatureCollection', () => {
    expect(validateAreaLayer({ type: 'Feature' })).toEqual([
      { index: -1, message: 'not a GeoJSON FeatureCollection' },
    ]);
    expect(validateAreaLayer(null)[0]?.message).toMatch(/FeatureCollection/);
  });

  it('names a self-intersecting polygon (the bow-tie fixture)', () => {
    const bowTie = readGeoJson<AreaLayer>(resolve(FIXTURES_DIR, 'self-intersecting-area.geojson'))
      .features[0];
    const problems = validateAreaLayer(withFeature(3, bowTie));
    expect(problems).toEqual([
      {
        index: 3,
        areaId: 'E0000000X',
        message: 'edges cross or overlap near [-1.19, 52.605] (self-intersection)',
      },
    ]);
  });

  it('names a ring that touches itself, and edges that run along each other', () => {
    const pinched: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [1, 1],
          [2, 2],
          [0, 2],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const spike: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [3, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(validateAreaLayer(withFeature(0, area(0, {}, pinched)))[0]?.message).toMatch(/self-intersection/);
    expect(validateAreaLayer(withFeature(0, area(0, {}, spike)))[0]?.message).toMatch(/self-intersection/);
  });

  it('allows a hole that touches its outer ring at one point', () => {
    const touchingHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [0, 0],
          [1, 2],
          [2, 1],
          [0, 0],
        ],
      ],
    };
    expect(validateAreaLayer(withFeature(0, area(0, {}, touchingHole)))).toEqual([]);
  });

  it('refuses a huge upload quickly, before any geometry work', () => {
    const ring = Array.from({ length: 2_100_001 }, (_, i) => [
      -1 + Math.cos(i / 1e5) * 0.1,
      52 + Math.sin(i / 1e5) * 0.1,
    ]);
    ring.push(ring[0] ?? []);
    const started = performance.now();
    const problems = validateAreaLayer(withFeature(0, area(0, {}, { type: 'Polygon', coordinates: [ring] })));
    expect(problems).toEqual([{ index: -1, message: 'more than 2,000,000 vertices in total' }]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('applies a lower vertex cap when asked', () => {
    expect(validateAreaLayer(validLayer(), { maxVertices: 20 })[0]?.message).toMatch(/more than 20 vertices/);
  });

  it('names repeated areaIds, missing zones and unknown bands', () => {
    const layer = validLayer();
    layer.features[1] = area(1, { areaId: 'E00000000' });
    layer.features[2] = area(2, { zoneId: '' });
    layer.features[4] = area(4, { band: 'suburban' as never, bandSource: 'guess' as never });
    expect(validateAreaLayer(layer, { minZones: 1 })).toEqual([
      { index: 1, areaId: 'E00000000', message: 'areaId repeats feature 0' },
      { index: 2, areaId: 'E00000002', message: expect.stringMatching(/exactly one zone/) },
      { index: 4, areaId: 'E00000004', message: expect.stringMatching(/^band must be one of/) },
      { index: 4, areaId: 'E00000004', message: expect.stringMatching(/^bandSource must be one of/) },
    ]);
  });

  it('refuses a zone given as a list (an area has exactly one zone)', () => {
    const problems = validateAreaLayer(withFeature(5, area(5, { zoneId: ['zone-5', 'zone-6'] as never })));
    expect(problems[0]).toMatchObject({ index: 5, message: expect.stringMatching(/exactly one zone/) });
  });

  it('names coordinates that are not finite or out of range, open rings and wrong geometry types', () => {
    const bad = (coordinates: unknown, type = 'Polygon') => area(0, {}, { type, coordinates } as never);
    const messages = (feature: unknown) => validateAreaLayer(withFeature(0, feature)).map((p) => p.message);
    expect(
      messages(
        bad([
          [
            [0, 0],
            [1, 0],
            [1, Number.NaN],
            [0, 0],
          ],
        ]),
      ),
    ).toEqual(['polygon 0 ring 0 position 2 is not a finite [lon, lat] in range']);
    expect(
      messages(
        bad([
          [
            [0, 0],
            [181, 0],
            [1, 1],
            [0, 0],
          ],
        ]),
      )[0],
    ).toMatch(/position 1/);
    expect(
      messages(
        bad([
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ]),
      ),
    ).toEqual(['polygon 0 ring 0 is not closed']);
    expect(
      messages(
        bad([
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ]),
      ),
    ).toEqual(['polygon 0 ring 0 needs at least 4 positions']);
    expect(messages(bad([0, 0], 'Point'))).toEqual(['geometry must be a Polygon or MultiPolygon, not Point']);
  });

  it('stops after maxProblems problems', () => {
    const layer = {
      type: 'FeatureCollection',
      features: Array.from({ length: 300 }, () => ({ type: 'Point' })),
    };
    expect(validateAreaLayer(layer)).toHaveLength(200);
    expect(validateAreaLayer(layer, { maxProblems: 5 })).toHaveLength(5);
  });

  it('needs 14 or more distinct zones', () => {
    const layer = validLayer();
    layer.features = layer.features.slice(0, 10);
    expect(validateAreaLayer(layer)).toEqual([
      { index: -1, message: 'only 10 distinct zones; at least 14 needed' },
    ]);
  });
});
