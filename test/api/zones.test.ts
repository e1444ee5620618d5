import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEO_DIR } from '../../src/zones/locator';
import { createTestContext, type TestContext } from '../helpers/context';
import { PLACES, newPackage, seedReference } from '../helpers/brokerage';

const DAY = 86_400_000;

describe('zones and locating', () => {
  let ctx: TestContext;
  let officer: string;
  let admin: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    admin = await ctx.tokenFor('admin');
  });
  afterAll(() => ctx.destroy());

  describe('GET /locate', () => {
    it('gives zone, band with its source, the rate in force and the areas used, from coordinates', async () => {
      const res = await ctx.request.get('/locate').query(PLACES.loughborough).set(auth(officer));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        zone: { id: 'charnwood-north', name: 'Charnwood North', hasPrimes: true },
        band: { band: 'urban' },
        hourlyRatePence: 1875,
        layer: { id: null },
      });
      expect(['ruc2011-lsoa', 'density-proxy', 'ruc2011-oa', 'override']).toContain(res.body.band.source);
      expect(res.body.areaId).toMatch(/^E00/);
      expect(res.body.lsoa).toMatch(/^E01/);
    });

    it('normalises a postcode for case and spacing', async () => {
      const a = await ctx.request.get('/locate?postcode=le11%203tu').set(auth(officer));
      const b = await ctx.request.get('/locate?postcode=LE113TU').set(auth(officer));
      expect(a.status).toBe(200);
      expect(a.body.postcode).toBe('LE11 3TU');
      expect(b.body).toEqual(a.body);
      expect(a.body.zone.id).toBe('charnwood-north');
    });

    it('names an unknown postcode of the county in a 404, and refuses a non-geographic one with the reason', async () => {
      // LE11 lies wholly in the county, so a postcode of it missing from the data is unknown
      // (a postcode elsewhere is outside the service area: intake-postcode.test.ts).
      const unknown = await ctx.request.get('/locate?postcode=LE11 9ZY').set(auth(officer));
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.text).detail).toContain('LE11 9ZY');
      const pinned = fs
        .readFileSync(path.join(GEO_DIR, 'postcodes.csv'), 'utf8')
        .split('\n')
        .find((line) => line.endsWith(',0'))!
        .split(',')[0]!;
      const refused = await ctx.request.get('/locate').query({ postcode: pinned }).set(auth(officer));
      expect(refused.status).toBe(422);
      expect(JSON.parse(refused.text).type).toBe('/problems/non-geographic-postcode');
    });

    it('answers a place outside the county with 422, the nearest zone and the distance in metres', async () => {
      for (const place of [
        PLACES.clockTower,
        { lat: 52.6706, lon: -0.7279 },
        { lat: 52.9536, lon: -1.1505 },
      ]) {
        const res = await ctx.request.get('/locate').query(place).set(auth(officer));
        expect(res.status).toBe(422);
        const problem = JSON.parse(res.text);
        expect(problem.detail).toMatch(/outside the service area/);
        expect(problem.nearestZone).toMatch(/^[a-z-]+$/);
        expect(problem.distanceMetres).toBeGreaterThan(0);
      }
    });

    it('names the field of invalid coordinates', async () => {
      for (const query of ['lat=abc&lon=-1.2', 'lat=95&lon=-1.2', 'lat=52.7&lon=Infinity', 'lat=52.7']) {
        const res = await ctx.request.get(`/locate?${query}`).set(auth(officer));
        expect(res.status, query).toBe(400);
        expect(JSON.parse(res.text).errors.length).toBeGreaterThan(0);
      }
      const lat = JSON.parse((await ctx.request.get('/locate?lat=abc&lon=-1.2').set(auth(officer))).text);
      expect(lat.errors[0].path).toBe('query.lat');
    });
  });

  describe('GET /zones', () => {
    it('serves the 14 zones, a lighter simplified version, and resolves aliases', async () => {
      const full = await ctx.request.get('/zones').set(auth(officer));
      expect(full.body.features).toHaveLength(14);
      const light = await ctx.request.get('/zones?simplified=true').set(auth(officer));
      expect(light.body.features).toHaveLength(14);
      expect(light.text.length).toBeLessThan(full.text.length);
      const alias = await ctx.request.get('/zones/Ashby and Coalville').set(auth(officer));
      expect(alias.body.properties.id).toBe('coalville-ashby');
      const wigton = await ctx.request.get('/zones/oadby and wigton').set(auth(officer));
      expect(wigton.body.properties.id).toBe('oadby-wigston');
      expect((await ctx.request.get('/zones/atlantis').set(auth(officer))).status).toBe(404);
      const rural = (await ctx.request.get('/zones/harborough-rural').set(auth(officer))).body.properties;
      expect(rural).toMatchObject({
        hasPrimes: false,
        minPrimes: 0,
        minProviders: 2,
        sizeClass: 'rural-free',
      });
    });

    it('lists the areas of a zone', async () => {
      const res = await ctx.request.get('/zones/bottesford/areas').set(auth(officer));
      expect(res.body.features.length).toBeGreaterThan(0);
      expect(
        res.body.features.every(
          (f: { properties: { zoneId: string } }) => f.properties.zoneId === 'bottesford',
        ),
      ).toBe(true);
    });
  });

  describe('POST /zones/layers', () => {
    const builtAreas = () => JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'areas.geojson'), 'utf8'));
    const tomorrow = () => new Date(ctx.clock.now() + DAY).toISOString().slice(0, 10);

    it('stores a new version from a date; packages keep the band they were brokered under', async () => {
      const here = (await ctx.request.get('/locate').query(PLACES.loughborough).set(auth(officer))).body;
      const before = await ctx.request.post('/packages').set(auth(officer)).send(newPackage());
      expect(before.body.band).toBe('urban');
      const layer = builtAreas();
      const area = layer.features.find(
        (f: { properties: { areaId: string } }) => f.properties.areaId === here.areaId,
      );
      area.properties.band = 'isolated';
      area.properties.bandSource = 'override';
      const stored = await ctx.request
        .post('/zones/layers')
        .set(auth(admin))
        .send({ appliesFrom: tomorrow(), label: 'Council GIS layer, test', areas: layer });
      expect(stored.status, stored.text).toBe(201);

      // Not yet in force.
      expect(
        (await ctx.request.get('/locate').query(PLACES.loughborough).set(auth(officer))).body.band.band,
      ).toBe('urban');
      ctx.clock.advance(DAY);
      const after = (await ctx.request.get('/locate').query(PLACES.loughborough).set(auth(officer))).body;
      expect(after).toMatchObject({
        band: { band: 'isolated', source: 'override' },
        hourlyRatePence: 2635,
        layer: { id: stored.body.id },
      });
      const newer = await ctx.request.post('/packages').set(auth(officer)).send(newPackage());
      expect(newer.body).toMatchObject({ band: 'isolated', hourlyRatePence: 2635 });
      const old = await ctx.request.get(`/packages/${before.body.id}`).set(auth(officer));
      expect(old.body).toMatchObject({ band: 'urban', hourlyRatePence: 1875 });
      const versions = await ctx.request.get('/zones/layers').set(auth(admin));
      expect(versions.body.uploads).toHaveLength(1);
      expect(versions.body.inForce.id).toBe(stored.body.id);
    });

    it('rejects a layer with a self-intersecting area, naming the feature', async () => {
      const layer = builtAreas();
      layer.features[3].geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [-1.2, 52.7],
            [-1.1, 52.8],
            [-1.1, 52.7],
            [-1.2, 52.8],
            [-1.2, 52.7],
          ],
        ],
      };
      const res = await ctx.request
        .post('/zones/layers')
        .set(auth(admin))
        .send({ appliesFrom: tomorrow(), label: 'Broken', areas: layer });
      expect(res.status).toBe(400);
      const problem = JSON.parse(res.text);
      expect(problem.errors.some((e: { path: string }) => e.path === 'body.areas.features.3')).toBe(true);
    });

    it('refuses with 422 a layer that leaves a zone in two pieces, naming the zone and the areas cut off', async () => {
      const here = (await ctx.request.get('/locate').query(PLACES.loughborough).set(auth(officer))).body;
      const layer = builtAreas();
      // An area in the middle of Loughborough given to Hinckley: an island of Hinckley far from it.
      layer.features.find(
        (f: { properties: { areaId: string } }) => f.properties.areaId === here.areaId,
      ).properties.zoneId = 'hinckley';
      const res = await ctx.request
        .post('/zones/layers')
        .set(auth(admin))
        .send({ appliesFrom: tomorrow(), label: 'Island', areas: layer });
      expect(res.status, res.text).toBe(422);
      const problem = JSON.parse(res.text);
      expect(problem.type).toBe('/problems/zone-in-pieces');
      expect(problem.detail).toMatch(/hinckley/);
      expect(problem.zonesInPieces).toEqual(['hinckley']);
      expect(problem.detachedPieces).toEqual([{ zoneId: 'hinckley', areas: 1, areaIds: [here.areaId] }]);
      expect((await ctx.request.get('/zones/layers').set(auth(admin))).body.uploads).toHaveLength(1);
    });

    it('rejects a layer with too few zones, a past date, or an unknown zone', async () => {
      const layer = builtAreas();
      const few = {
        ...layer,
        features: layer.features.filter(
          (f: { properties: { zoneId: string } }) => f.properties.zoneId === 'melton',
        ),
      };
      expect(
        (
          await ctx.request
            .post('/zones/layers')
            .set(auth(admin))
            .send({ appliesFrom: tomorrow(), label: 'Few', areas: few })
        ).status,
      ).toBe(400);
      const past = await ctx.request
        .post('/zones/layers')
        .set(auth(admin))
        .send({ appliesFrom: '2020-01-01', label: 'Past', areas: layer });
      expect(JSON.parse(past.text).errors[0].path).toBe('body.appliesFrom');
      layer.features[0].properties.zoneId = 'new-zone';
      const unknown = await ctx.request
        .post('/zones/layers')
        .set(auth(admin))
        .send({ appliesFrom: tomorrow(), label: 'Unknown', areas: layer });
      expect(unknown.status).toBe(422);
      expect(JSON.parse(unknown.text).unknownZones).toEqual(['new-zone']);
      expect((await ctx.request.get('/zones/layers').set(auth(admin))).body.uploads).toHaveLength(1);
    });
  });
});
