import { resolve } from 'node:path';
import { pointToPolygonDistance } from '@turf/turf';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadAreaIndexFromFile } from '../../src/zones/lookup';
import { FIXTURES_DIR, GEO_DIR, readGeoJson } from './fixtures';

const index = loadAreaIndexFromFile(resolve(GEO_DIR, 'areas.geojson'));
const outside = readGeoJson<FeatureCollection<Point, { name: string }>>(
  resolve(FIXTURES_DIR, 'outside-points.geojson'),
);

describe('places outside the county (test/fixtures/geo/outside-points.geojson)', () => {
  for (const place of outside.features) {
    const [lon = 0, lat = 0] = place.geometry.coordinates;
    it(`${place.properties.name} is outside, with a nearest zone and distance`, () => {
      expect(index.locate(lon, lat)).toBeUndefined();
      const nearest = index.nearestZone(lon, lat);
      expect(nearest.distanceMetres).toBeGreaterThan(0);
      expect(nearest.zoneId).not.toBe('');
    });
  }

  it("measures the distance within 0.5% of turf's geodesic distance to the nearest zone", () => {
    const zones = readGeoJson<FeatureCollection<Polygon, { id: string }>>(resolve(GEO_DIR, 'zones.geojson'));
    for (const place of outside.features) {
      const [lon = 0, lat = 0] = place.geometry.coordinates;
      const distances = zones.features.map((z) => ({
        id: z.properties.id,
        metres: pointToPolygonDistance([lon, lat], z, { units: 'meters' }),
      }));
      const nearest = distances.sort((a, b) => a.metres - b.metres)[0];
      const ours = index.nearestZone(lon, lat);
      expect(ours.zoneId, place.properties.name).toBe(nearest?.id);
      expect(Math.abs(ours.distanceMetres / (nearest?.metres ?? 1) - 1), place.properties.name).toBeLessThan(
        0.005,
      );
    }
  });

  it('gives the nearest zones a person would expect', () => {
    // The Clock Tower is about 3 km from the county edge at Birstall/Thurmaston; Oakham about 4 km from Melton's edge.
    expect(index.nearestZone(-1.1339, 52.6365)).toMatchObject({ zoneId: 'charnwood-south' });
    expect(index.nearestZone(-1.1339, 52.6365).distanceMetres).toBeGreaterThan(1000);
    expect(index.nearestZone(-0.7279, 52.6706)).toMatchObject({ zoneId: 'melton' });
  });

  it('knows places inside: Loughborough is in Charnwood North, priced urban', () => {
    expect(index.locate(-1.2, 52.7667)).toMatchObject({ zoneId: 'charnwood-north', band: 'urban' });
    expect(index.nearestZone(-1.2, 52.7667)).toEqual({ zoneId: 'charnwood-north', distanceMetres: 0 });
  });
});
