import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebTestContext, type WebTestContext } from '../web/helpers';
import { csvOf, visitWorld, type VisitWorld } from './helpers';

describe('visit pages', () => {
  let ctx: WebTestContext;
  let world: VisitWorld;

  beforeAll(async () => {
    ctx = await createWebTestContext();
    world = await visitWorld(ctx);
    const token = await ctx.tokenFor('provider', world.mine);
    const res = await ctx.request
      .post('/imports/visits')
      .set({ Authorization: `Bearer ${token}` })
      .set('Content-Type', 'text/csv')
      .send(
        csvOf(
          'SU-MINE-1,2026-01-02T09:00:00Z,30,2026-01-02T09:25:00Z,2026-01-02T09:55:00Z,',
          'SU-MINE-1,2026-01-03T09:00:00Z,30,,,',
        ),
      );
    expect(res.status, res.text).toBe(200);
  });
  afterAll(() => ctx.destroy());

  it('shows staff a package’s planned against actual visits with late and missed marked', async () => {
    const officer = await ctx.signedIn('officer');
    const id = world.packages['SU-MINE-1'];
    const res = await officer.get(`/staff/packages/${id}/visits?from=2026-01-01&to=2026-01-05`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('2 visits: 1 missed, 1 late, 0 short');
    expect(res.text).toContain('9:25am to 9:55am');
    const bad = await officer.get(`/staff/packages/${id}/visits?from=nonsense`);
    expect(bad.status).toBe(200);
    expect(bad.text).toContain('The period was not understood');
  });

  it('shows a provider its own package’s visits, and not another’s', async () => {
    const mine = await ctx.signedIn('provider', world.mine);
    const theirs = await ctx.signedIn('provider', world.theirs);
    const id = world.packages['SU-MINE-1'];
    expect((await mine.get(`/my/packages/${id}/visits?from=2026-01-01`)).text).toContain('1 missed, 1 late');
    expect((await theirs.get(`/my/packages/${id}/visits`)).status).toBe(404);
  });

  it('shows visit KPIs on the performance pages', async () => {
    const commissioner = await ctx.signedIn('commissioner');
    const staff = await commissioner.get('/staff/performance');
    expect(staff.status).toBe(200);
    expect(staff.text).toContain('Visits from call monitoring');
    const mine = await (await ctx.signedIn('provider', world.mine)).get('/my/performance');
    expect(mine.status).toBe(200);
    // One late and one missed: none punctual.
    expect(mine.text).toMatch(/Visits from call monitoring[\s\S]*>0%</);
  });
});
