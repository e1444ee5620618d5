/**
 * Checks on the committed geo/ outputs (what the service reads). Those that compare with the open
 * data are in sources.test.ts.
 */
import { resolve } from 'node:path';
import { area, bbox, booleanValid, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZONE_CATALOGUE } from '../../src/zones/catalogue';
import { PRICE_BANDS, type AreaLayer } from '../../src/zones/lookup';
import type { ZoneProperties } from '../../src/zones/geometry/zone-layer';
import { geometryProblems, validateAreaLayer } from '../../src/zones/validate-layer';
import { GEO_DIR, readGeoJson } from './fixtures';

type ZoneLayer = FeatureCollection<Polygon | MultiPolygon, ZoneProperties>;

const areas = readGeoJson<AreaLayer>(resolve(GEO_DIR, 'areas.geojson'));
const zones = readGeoJson<ZoneLayer>(resolve(GEO_DIR, 'zones.geojson'));
const simplified = readGeoJson<ZoneLayer>(resolve(GEO_DIR, 'zones.simplified.geojson'));

/** Total area (m²) where two features of the layer overlap; shared edges give none. */
function overlapSquareMetres(features: Feature<Polygon | MultiPolygon>[]): number {
  let total = 0;
  features.forEach((a, i) => {
    for (const b of features.slice(i + 1)) {
      const [ax0 = 0, ay0 = 0, ax1 = 0, ay1 = 0] = bbox(a);
      const [bx0 = 0, by0 = 0, bx1 = 0, by1 = 0] = bbox(b);
      if (ax0 > bx1 || bx0 > ax1 || ay0 > by1 || by0 > ay1) continue;
      const both = intersect(featureCollection([a, b]));
      total += both ? area(both) : 0;
    }
  });
  return total;
}

const isValid = (feature: Feature<Polygon | MultiPolygon>) =>
  geometryProblems(feature.geometry).length === 0 &&
  (feature.geometry.type === 'MultiPolygon' || booleanValid(feature));

describe('geo/areas.geojson', () => {
  it('has the 2,085 Output Areas, each with exactly one zone of the catalogue and one band', () => {
    const zoneIds = new Set(ZONE_CATALOGUE.map((z) => z.id));
    expect(areas.features).toHaveLength(2085);
    for (const { properties } of areas.features) {
      expect(zoneIds.has(properties.zoneId), properties.areaId).toBe(true);
      expect(PRICE_BANDS).toContain(properties.band);
    }
  });

  it('passes the upload validation', () => {
    expect(validateAreaLayer(areas)).toEqual([]);
  });

  it('prices the urban parts of Market Harborough, Castle Donington and Lutterworth at fringe (docs/specification/zones-and-bands.md §2.10)', () => {
    const exceptions = ['market-harborough', 'castle-donington', 'lutterworth'];
    const inThem = areas.features.filter((f) => exceptions.includes(f.properties.zoneId));
    expect(inThem.filter((f) => f.properties.band === 'urban')).toEqual([]);
    expect(inThem.filter((f) => f.properties.bandSource === 'override').length).toBeGreaterThan(0);
  });
});

describe.each([
  ['geo/zones.geojson', zones],
  ['geo/zones.simplified.geojson', simplified],
])('%s', (_name, layer) => {
  it('has the 14 zones of the catalogue, in order, with their attributes', () => {
    expect(layer.features.map((f) => f.properties.id)).toEqual(ZONE_CATALOGUE.map((z) => z.id));
    for (const [i, zone] of ZONE_CATALOGUE.entries()) {
      const { districts, ...rest } = layer.features[i]?.properties ?? ({} as ZoneProperties);
      expect(rest).toEqual({
        id: zone.id,
        name: zone.name,
        aliases: zone.aliases,
        sizeClass: zone.sizeClass,
        mainSettlements: zone.mainSettlements,
        plannedWeeklyHours: zone.plannedWeeklyHours,
        hasPrimes: zone.id !== 'harborough-rural',
        minPrimes: zone.minPrimes,
        minProviders: zone.minProviders,
      });
      expect(districts.length).toBeGreaterThan(0);
    }
  });

  it('has valid geometry, each zone one connected piece', () => {
    for (const zone of layer.features) {
      expect(isValid(zone), zone.properties.id).toBe(true);
      expect(zone.geometry.type, zone.properties.id).toBe('Polygon');
    }
  });

  it('has no two zones overlapping', () => {
    expect(overlapSquareMetres(layer.features)).toBeLessThan(1);
  });
});

describe('geo/zones.geojson against geo/areas.geojson', () => {
  it('each zone covers exactly the area of its Output Areas', () => {
    for (const zone of zones.features) {
      const members = areas.features.filter((f) => f.properties.zoneId === zone.properties.id);
      const sum = members.reduce((total, f) => total + area(f), 0);
      expect(Math.abs(area(zone) - sum) / sum, zone.properties.id).toBeLessThan(1e-6);
    }
  });

  it('lists the districts of its Output Areas', () => {
    const west = zones.features.find((z) => z.properties.id === 'west-leicester');
    expect(west?.properties.districts).toEqual(['Blaby', 'Charnwood', 'Hinckley and Bosworth']);
  });

  it('the simplified layer is lighter', () => {
    expect(JSON.stringify(simplified).length).toBeLessThan(JSON.stringify(zones).length / 2);
  });
});
