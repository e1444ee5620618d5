/**
 * Checks of geo/ against the open data in geo/sources. The service itself never reads the sources;
 * only these tests and the build do.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area, difference, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeo } from '../../geo/build/build-geo';
import { SETTLEMENT_FILE_NAMES } from '../../geo/build/seeds';
import { readCounty, readOutputAreas, readPostcodes, readSettlements } from '../../geo/build/sources';
import { ZONE_CATALOGUE } from '../../src/zones/catalogue';
import { dissolveCoverage } from '../../src/zones/geometry/dissolve';
import { buildAreaIndex, type AreaIndex, type AreaLayer } from '../../src/zones/lookup';
import { GEO_DIR, readGeoJson, SOURCES_DIR } from './fixtures';

/**
 * The OA layer and the county outline come from two ONS generalisations (SOURCES.md), so their
 * edges differ by slivers. Measured: 0.05 km² of county outside the OA union and 0.07 km² the
 * other way, of 2,081 km². Allowed: 0.25 km² each way (0.012%).
 */
const SLIVER_TOLERANCE_KM2 = 0.25;

describe('geo/ against geo/sources', () => {
  const layer = readGeoJson<AreaLayer>(resolve(GEO_DIR, 'areas.geojson'));
  let index: AreaIndex;
  beforeAll(() => {
    index = buildAreaIndex(layer);
  });

  it('every one of the 24,379 county postcodes locates to a zone, a band and the OA the file gives it', () => {
    const postcodes = readPostcodes(SOURCES_DIR);
    expect(postcodes).toHaveLength(24_379);
    const misses = postcodes
      .map((pc) => ({ pc, found: index.locate(pc.lon, pc.lat) }))
      .filter(({ pc, found }) => !found?.zoneId || !found.band || found.areaId !== pc.oa)
      .map(
        ({ pc, found }) => `${pc.postcode}: file says ${pc.oa}, lookup says ${found?.areaId ?? 'outside'}`,
      );
    expect(misses).toEqual([]);
  });

  it('every main settlement (docs/specification/zones-and-bands.md §2.4) lands in its zone', () => {
    const settlements = new Map(readSettlements(SOURCES_DIR).map((s) => [s.name, s]));
    const wrong: string[] = [];
    for (const zone of ZONE_CATALOGUE) {
      for (const name of zone.mainSettlements) {
        const point = settlements.get(SETTLEMENT_FILE_NAMES[name] ?? name);
        const found = point && index.locate(point.lon, point.lat);
        if (found?.zoneId !== zone.id)
          wrong.push(`${name}: expected ${zone.id}, got ${found?.zoneId ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has exactly the Output Areas of the source layer', () => {
    const sourceIds = readOutputAreas(SOURCES_DIR)
      .features.map((f) => f.properties.OA11CD)
      .sort();
    expect(layer.features.map((f) => f.properties.areaId)).toEqual(sourceIds);
  });

  it(`together the zones are the served area: the county outline within ${SLIVER_TOLERANCE_KM2} km² of slivers each way`, () => {
    const county = readCounty(SOURCES_DIR).features[0] as Feature<Polygon | MultiPolygon>;
    const union: Feature<Polygon | MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: dissolveCoverage(layer.features.map((f) => f.geometry)),
    };
    const km2 = (f: Feature<Polygon | MultiPolygon> | null) => (f ? area(f) / 1e6 : 0);
    expect(km2(difference(featureCollection([county, union])))).toBeLessThan(SLIVER_TOLERANCE_KM2);
    expect(km2(difference(featureCollection([union, county])))).toBeLessThan(SLIVER_TOLERANCE_KM2);
    // The union keeps Leicester City as a hole, as the county outline does.
    expect(union.geometry.type === 'Polygon' && union.geometry.coordinates.length).toBe(2);
  });

  it('geo:build reproduces the committed geo/ files byte for byte', () => {
    const built = buildGeo({ sourcesDir: SOURCES_DIR, geoDir: GEO_DIR });
    for (const [file, text] of built) {
      expect(
        text === readFileSync(resolve(GEO_DIR, file), 'utf8'),
        `geo/${file} is stale: run npm run geo:build`,
      ).toBe(true);
    }
  });
});
