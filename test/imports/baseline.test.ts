import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeAs, providerInZone, seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';

const HEADER = 'reference,request_date,placement_date,zone,postcode,band,weekly_hours';
const FILE = [
  HEADER,
  'OLD-001,2021-03-01,2021-03-03,charnwood-north,,urban,10',
  'OLD-002,2021-04-01,2021-04-11,charnwood-north,,urban,7.5',
  'OLD-003,2021-05-01,,harborough-rural,,rural,14',
  'OLD-004,2021-06-01,2021-06-07,,LE11 3TU,urban,5',
  'OLD-005,2021-12-01,2021-12-02,charnwood-north,,urban,10',
].join('\n');

describe('POST /imports/baseline and GET /reports/before-after', () => {
  let ctx: TestContext;
  let officer: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const send = (csv: string, query = '') =>
    ctx.request
      .post(`/imports/baseline${query}`)
      .set(auth(officer))
      .set('Content-Type', 'text/csv')
      .send(csv);

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
  });
  afterAll(() => ctx.destroy());

  it('refuses bad rows by row and column, writing nothing; a dry run writes nothing', async () => {
    const bad = `${FILE}\nOLD-006,2021-07-01,2021-06-01,nowhere,,urban,10\n`;
    const res = await send(bad);
    expect(res.status, res.text).toBe(422);
    expect(res.body.refusals.map((r: { row: number; column: string }) => `${r.row}:${r.column}`)).toEqual([
      '7:placement_date',
      '7:zone',
    ]);
    const dry = await send(FILE, '?dryRun=true');
    expect(dry.body).toMatchObject({ dryRun: true, imported: 5 });
    expect(await ctx.services.db('baseline_referrals')).toEqual([]);
  });

  it('imports the referrals once and compares pick-up before and after the framework began', async () => {
    expect((await send(FILE)).body).toMatchObject({ applied: true, imported: 5, unchanged: 0 });
    expect((await send(FILE)).body).toMatchObject({ imported: 0, unchanged: 5 });
    const res = await ctx.request.get('/reports/before-after').set(auth(officer));
    expect(res.status, res.text).toBe(200);
    expect(res.body.date).toBe('2021-11-01');
    expect(res.body.all.before).toEqual({
      referrals: 4,
      placed: 3,
      unplaced: 1,
      medianDays: 6,
      p90Days: 9.2,
      fromBaseline: 4,
      fromService: 0,
    });
    expect(res.body.all.after).toMatchObject({ referrals: 1, placed: 1, medianDays: 1 });
    expect(res.body.byBand.rural.before).toMatchObject({ referrals: 1, unplaced: 1, medianDays: null });
    expect(res.body.byZone['charnwood-north'].before).toMatchObject({ referrals: 3, medianDays: 6 });
    await intakeAs(ctx, officer);
    ctx.clock.advance(60_000);
    const withService = await ctx.request.get('/reports/before-after').set(auth(officer));
    expect(withService.body.all.after).toMatchObject({
      referrals: 2,
      fromService: 1,
      unplaced: 1,
      medianDays: 1,
    });
    const later = await ctx.request.get('/reports/before-after?date=2021-06-01').set(auth(officer));
    expect(later.body.all.before.referrals).toBe(3);
  });

  it('is for staff only', async () => {
    const provider = await providerInZone(ctx, 'charnwood-north', 'prime');
    expect((await ctx.request.get('/reports/before-after').set(auth(provider.token))).status).toBe(403);
    expect((await send(FILE)).status).toBe(200);
    const asProvider = await ctx.request
      .post('/imports/baseline')
      .set(auth(provider.token))
      .set('Content-Type', 'text/csv')
      .send(FILE);
    expect(asProvider.status).toBe(403);
  });
});
