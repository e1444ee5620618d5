import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEO_DIR } from '../../src/zones/locator';
import { createTestContext, type TestContext } from '../helpers/context';
import { newPackage, seedReference } from '../helpers/brokerage';

/** County postcodes from geo/postcodes.csv: every n-th geographic one, and the PO boxes. */
const COUNTY = fs
  .readFileSync(path.join(GEO_DIR, 'postcodes.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line !== '')
  .map((line) => line.split(','));
const sample = (every: number) =>
  COUNTY.filter((row, i) => row[3] === '1' && i % every === 0).map((row) => row[0]!);
const PO_BOX = COUNTY.find((row) => row[0]!.startsWith('LE1 ') && row[3] === '0')![0]!;

const problem = (res: { text: string }) => JSON.parse(res.text);

describe('intake and locating by postcode', () => {
  let ctx: TestContext;
  let officer: string;
  const auth = () => ({ Authorization: `Bearer ${officer}` });
  const locate = (postcode: string) => ctx.request.get('/locate').query({ postcode }).set(auth());
  const intake = (location: unknown, extra: Record<string, unknown> = {}) =>
    ctx.request
      .post('/packages')
      .set(auth())
      .send(newPackage({ location, ...extra }));

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
  });
  afterAll(() => ctx.destroy());

  describe('the same answer from GET /locate and POST /packages', () => {
    const both = async (postcode: string) => [await locate(postcode), await intake({ postcode })] as const;

    it('refuses Leicester City (LE1–LE5) with 422 naming the city', async () => {
      for (const res of await both('LE1 5WW')) {
        expect(res.status).toBe(422);
        expect(problem(res)).toMatchObject({
          type: '/problems/outside-service-area',
          council: 'Leicester City',
        });
        expect(problem(res).detail).toContain('Leicester City');
      }
    });

    it('refuses Rutland (LE15, PE9) with 422 naming Rutland', async () => {
      for (const postcode of ['LE15 6RB', 'PE9 3AA']) {
        for (const res of await both(postcode)) {
          expect(res.status).toBe(422);
          expect(problem(res)).toMatchObject({ council: 'Rutland' });
        }
      }
    });

    it('refuses a neighbouring county postcode with 422 naming the nearest zone', async () => {
      for (const res of await both('CV9 2ZZ')) {
        expect(res.status).toBe(422);
        expect(problem(res)).toMatchObject({
          type: '/problems/outside-service-area',
          nearestZone: 'west-leicestershire-rural',
        });
        expect(problem(res).detail).toContain('the nearest zone is');
      }
    });

    it('refuses a malformed postcode with 400 naming the field', async () => {
      const [located, intaken] = await both('LE67 XJA');
      expect(located.status).toBe(400);
      expect(problem(located).errors.map((e: { path: string }) => e.path)).toContain('query.postcode');
      expect(intaken.status).toBe(400);
      expect(problem(intaken).errors.map((e: { path: string }) => e.path)).toContain(
        'body.location.postcode',
      );
    });

    it('refuses a PO-box or large-user postcode with 422 and its reason', async () => {
      for (const res of await both(PO_BOX)) {
        expect(res.status).toBe(422);
        expect(problem(res).type).toBe('/problems/non-geographic-postcode');
      }
    });

    it('answers 404 for a well-formed postcode of an outward code wholly in the county', async () => {
      for (const res of await both('LE11 9ZY')) expect(res.status).toBe(404);
    });
  });

  it('intakes by postcode, normalised, placed at its centroid, and records that a postcode was given', async () => {
    const res = await intake({ postcode: ' le67 3ja ' });
    expect(res.status).toBe(201);
    const located = await locate('LE67 3JA');
    expect(res.body).toMatchObject({
      postcode: 'LE67 3JA',
      locationGiven: 'postcode',
      location: located.body.location,
      zone: { id: located.body.zone.id },
      band: located.body.band.band,
      bandSource: located.body.band.source,
      hourlyRatePence: located.body.hourlyRatePence,
      bandOverride: null,
    });
    const byCoordinates = await intake({ lat: 52.7667, lon: -1.2 });
    expect(byCoordinates.body).toMatchObject({ postcode: null, locationGiven: 'coordinates' });
  });

  it('takes exactly one of postcode and coordinates', async () => {
    for (const location of [{ postcode: 'LE67 3JA', lat: 52.7, lon: -1.3 }, {}, { lat: 52.7 }]) {
      const res = await intake(location);
      expect(res.status).toBe(400);
      expect(problem(res).errors[0].path).toMatch(/^body\.location/);
    }
  });

  it('stores for a sample of county postcodes the zone, band and rate that /locate gives', async () => {
    const postcodes = sample(977);
    expect(postcodes.length).toBeGreaterThan(15);
    for (const postcode of postcodes) {
      const [located, intaken] = [await locate(postcode), await intake({ postcode })];
      expect(intaken.status, postcode).toBe(201);
      expect(intaken.body.zone.id, postcode).toBe(located.body.zone.id);
      expect(intaken.body.band, postcode).toBe(located.body.band.band);
      expect(intaken.body.hourlyRatePence, postcode).toBe(located.body.hourlyRatePence);
    }
  });

  describe('band override', () => {
    const override = { band: 'isolated', reason: 'travel-access', comment: 'Farm track, no public road' };

    it('takes an override at intake: the rate follows the band, and the audit row keeps no comment', async () => {
      const res = await intake({ postcode: 'LE67 3JA' }, { bandOverride: override });
      expect(res.status).toBe(201);
      const located = await locate('LE67 3JA');
      const rates = await ctx.request
        .get('/pricing/quote')
        .query({ band: 'isolated', weeklyHours: 10 })
        .set(auth());
      expect(res.body).toMatchObject({
        band: 'isolated',
        bandOverride: {
          placedBand: located.body.band.band,
          reason: 'travel-access',
          comment: override.comment,
        },
      });
      if (rates.status === 200) expect(res.body.hourlyRatePence).toBe(rates.body.hourlyRatePence);
      const audit = await ctx.services
        .db('audit_events')
        .where({ action: 'package.create', entity_id: String(res.body.id) })
        .first();
      expect(audit.after_json).not.toContain(override.comment);
      expect(audit.after_json).toContain('travel-access');
    });

    it('refuses an override to the band the area already gives, and an unknown reason', async () => {
      const located = await locate('LE67 3JA');
      const same = await intake(
        { postcode: 'LE67 3JA' },
        { bandOverride: { ...override, band: located.body.band.band } },
      );
      expect(same.status).toBe(422);
      expect(problem(same).type).toBe('/problems/band-override-unchanged');
      const badReason = await intake(
        { postcode: 'LE67 3JA' },
        { bandOverride: { ...override, reason: 'because' } },
      );
      expect(badReason.status).toBe(400);
      expect(problem(badReason).errors[0].path).toBe('body.bandOverride.reason');
      const long = await intake(
        { postcode: 'LE67 3JA' },
        { bandOverride: { ...override, comment: 'x'.repeat(201) } },
      );
      expect(long.status).toBe(400);
    });
  });
});
