import fs from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ZONE_CATALOGUE } from '../../zones/catalogue';
import { GEO_DIR } from '../../zones/locator';
import { SETTLEMENTS } from './settlements';

describe('the coverage map\u2019s settlement labels', () => {
  it('name every main settlement of every zone, each inside its zone in geo/zones.geojson', () => {
    expect(SETTLEMENTS.map((s) => `${s.zoneId}/${s.name}`)).toEqual(
      ZONE_CATALOGUE.flatMap((z) => z.mainSettlements.map((name) => `${z.id}/${name}`)),
    );
    const zones = JSON.parse(
      fs.readFileSync(path.join(GEO_DIR, 'zones.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon>;
    const zoneOf = new Map(
      zones.features.map((f) => [String(f.properties?.id), f as Feature<Polygon | MultiPolygon>]),
    );
    const outside = SETTLEMENTS.filter((s) => !booleanPointInPolygon([s.lon, s.lat], zoneOf.get(s.zoneId)!));
    expect(outside).toEqual([]);
  });
});
