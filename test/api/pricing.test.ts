import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import { createTestContext, type TestContext } from '../helpers/context';

const LOUGHBOROUGH = { lat: 52.7667, lon: -1.2 }; // charnwood-north, urban
const LEICESTER_CLOCK_TOWER = { lat: 52.6365, lon: -1.1339 }; // Leicester City: outside the county

describe('pricing', () => {
  let ctx: TestContext;
  let officer: string;
  let commissioner: string;
  let admin: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext(); // today is 2026-01-05
    await seedReferenceData(ctx.services.db, ctx.clock.now());
    [officer, commissioner, admin] = await Promise.all([
      ctx.tokenFor('officer'),
      ctx.tokenFor('commissioner'),
      ctx.tokenFor('admin'),
    ]);
    const uplift = await ctx.request
      .post('/rate-cards')
      .set(as(admin))
      .send({
        appliesFrom: '2026-04-01',
        label: 'Uplift 2026',
        ratesPence: { urban: 1950, fringe: 2100, rural: 2390, isolated: 2740 },
      });
    expect(uplift.status).toBe(201);
  });
  afterAll(() => ctx.destroy());

  describe('GET /pricing/quote', () => {
    it('locates the person, and prices weekly and annual cost exact to the penny', async () => {
      const res = await ctx.request
        .get('/pricing/quote')
        .query({ ...LOUGHBOROUGH, weeklyHours: 7.5 })
        .set(as(officer));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        zoneId: 'charnwood-north',
        zoneName: 'Charnwood North',
        band: 'urban',
        weeklyMinutes: 450,
        date: '2026-01-05',
        rateCard: { appliesFrom: '2021-11-01' },
        hourlyRatePence: 1875,
        // 7.5 h × £18.75 = £140.625: the half penny rounds up, once (money.ts)
        weeklyCostPence: 14063,
        annualCostPence: 731276,
        range: null,
      });
      expect(res.body.bandSource).toEqual(expect.any(String));
      expect(res.body.area.areaId).toMatch(/^E00/);
    });

    it('prices a band directly, and one minute a week at the isolated rate to the penny', async () => {
      const res = await ctx.request
        .get('/pricing/quote')
        .query({ band: 'isolated', weeklyHours: 1 / 60 })
        .set(as(commissioner));
      expect(res.body).toMatchObject({
        zoneId: null,
        band: 'isolated',
        bandSource: 'given',
        weeklyMinutes: 1,
      });
      expect(res.body.weeklyCostPence).toBe(44); // 2635 / 60 = 43.92p
    });

    it('prices a date range piecewise across an uplift', async () => {
      const res = await ctx.request
        .get('/pricing/quote')
        .query({ band: 'urban', weeklyHours: 10, from: '2026-03-30', to: '2026-04-02' })
        .set(as(officer));
      expect(res.status).toBe(200);
      expect(res.body.date).toBe('2026-03-30');
      expect(res.body.hourlyRatePence).toBe(1875);
      expect(res.body.range).toMatchObject({
        from: '2026-03-30',
        to: '2026-04-02',
        days: 4,
        totalPence: 5357 + 5571,
      });
      expect(
        res.body.range.segments.map(
          (s: { from: string; to: string; hourlyRatePence: number; costPence: number }) => [
            s.from,
            s.to,
            s.hourlyRatePence,
            s.costPence,
          ],
        ),
      ).toEqual([
        ['2026-03-30', '2026-03-31', 1875, 5357],
        ['2026-04-01', '2026-04-02', 1950, 5571],
      ]);
      const after = await ctx.request
        .get('/pricing/quote')
        .query({ band: 'urban', weeklyHours: 10, date: '2026-04-01' })
        .set(as(officer));
      expect(after.body).toMatchObject({
        hourlyRatePence: 1950,
        weeklyCostPence: 19500,
        annualCostPence: 1014000,
      });
    });

    it('answers 422 "outside the service area" with the nearest zone and its distance', async () => {
      const res = await ctx.request
        .get('/pricing/quote')
        .query({ ...LEICESTER_CLOCK_TOWER, weeklyHours: 10 })
        .set(as(officer));
      expect(res.status).toBe(422);
      expect(res.body.type).toBe('/problems/outside-service-area');
      expect(res.body.detail).toMatch(/outside the service area/);
      expect(res.body.nearestZone).toEqual(expect.any(String));
      expect(res.body.distanceMetres).toBeGreaterThan(0);
      expect(res.body.detail).toContain(res.body.nearestZoneName);
    });

    it('refuses a range before any card applies (422)', async () => {
      const res = await ctx.request
        .get('/pricing/quote')
        .query({ band: 'rural', weeklyHours: 5, from: '2021-10-25', to: '2021-11-07' })
        .set(as(officer));
      expect(res.status).toBe(422);
      expect(res.body.type).toBe('/problems/no-rate-card-in-force');
    });

    it('names the failing fields', async () => {
      const res = await ctx.request
        .get('/pricing/quote')
        .query({ band: 'urban', lat: 52.7, from: '2026-02-01', to: '2026-01-01' })
        .set(as(officer));
      expect(res.status).toBe(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['query.weeklyHours', 'query.band', 'query.to']));
    });
  });

  describe('GET /pricing/cost-model', () => {
    it('gives £19.56 an hour and about £18.3m a year for the July 2019 maintenance hours (docs/specification/rates-and-costs.md §3.5)', async () => {
      const res = await ctx.request.get('/pricing/cost-model').set(as(commissioner));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        date: '2026-01-05',
        hoursSource: 'july-2019-maintenance',
        rateCardAppliesFrom: '2021-11-01',
        totalWeeklyHours: 18000,
        averageHourlyRatePence: 1956,
        // 11,737 × 1875 + 4,648 × 2020 + 1,301 × 2300 + 314 × 2635 pence a week
        weeklyCostPence: 35_215_525,
        annualCostPence: 35_215_525 * 52,
      });
      expect(res.body.annualCostPence / 100 / 1e6).toBeCloseTo(18.3, 1);
      expect(
        res.body.bands.map((b: { band: string; weeklyHours: number }) => [b.band, b.weeklyHours]),
      ).toEqual([
        ['urban', 11737],
        ['fringe', 4648],
        ['rural', 1301],
        ['isolated', 314],
      ]);
    });

    it('prices the hours given, at the card in force on the date', async () => {
      const res = await ctx.request
        .get('/pricing/cost-model')
        .query({ urban: 100, rural: 10.5, date: '2026-04-01' })
        .set(as(admin));
      expect(res.body).toMatchObject({
        hoursSource: 'given',
        rateCardAppliesFrom: '2026-04-01',
        totalWeeklyHours: 110.5,
      });
      expect(res.body.weeklyCostPence).toBe(100 * 1950 + 10.5 * 2390);
      expect(res.body.bands.find((b: { band: string }) => b.band === 'fringe').weeklyMinutes).toBe(0);
    });

    it('answers 422 for a date before any card, and names bad hours', async () => {
      expect(
        (await ctx.request.get('/pricing/cost-model?date=2020-01-01').set(as(commissioner))).status,
      ).toBe(422);
      const bad = await ctx.request.get('/pricing/cost-model?urban=-5&isolated=lots').set(as(commissioner));
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.urban', 'query.isolated']);
    });

    it('is for commissioners and admins, not providers or officers', async () => {
      expect((await ctx.request.get('/pricing/cost-model').set(as(officer))).status).toBe(403);
    });
  });
});
