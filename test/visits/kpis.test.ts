import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';
import { csvOf, visitWorld, type VisitWorld } from './helpers';

describe('visit KPIs and a package’s visits', () => {
  let ctx: TestContext;
  let world: VisitWorld;
  let provider: string;
  let other: string;
  let commissioner: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    world = await visitWorld(ctx);
    provider = await ctx.tokenFor('provider', world.mine);
    other = await ctx.tokenFor('provider', world.theirs);
    commissioner = await ctx.tokenFor('commissioner');
    const res = await ctx.request
      .post('/imports/visits')
      .set(auth(provider))
      .set('Content-Type', 'text/csv')
      .send(
        csvOf(
          // On time; 16 minutes late (threshold 15); missed; short (20 of 30 < 75%); two carers planned, one came;
          // planned tomorrow (not yet due: not counted).
          'SU-MINE-1,2026-01-02T09:00:00Z,30,2026-01-02T09:10:00Z,2026-01-02T09:40:00Z,',
          'SU-MINE-1,2026-01-02T13:00:00Z,30,2026-01-02T13:16:00Z,2026-01-02T13:46:00Z,',
          'SU-MINE-1,2026-01-02T18:00:00Z,30,,,',
          'SU-MINE-1,2026-01-03T09:00:00Z,30,2026-01-03T09:00:00Z,2026-01-03T09:20:00Z,',
          'SU-MINE-2,2026-01-03T09:00:00Z,60,2026-01-03T09:00:00Z,2026-01-03T10:00:00Z,1',
          'SU-MINE-2,2026-01-06T09:00:00Z,60,,,',
        ),
      );
    expect(res.status, res.text).toBe(200);
  });
  afterAll(() => ctx.destroy());

  const kpis = (token: string, query = '') => ctx.request.get(`/performance/visits${query}`).set(auth(token));

  it('counts delivered, late, missed, short and two-carer visits with fewer carers', async () => {
    const res = await kpis(commissioner, '?from=2026-01-01&to=2026-01-31&groupBy=provider,zone,band');
    expect(res.status, res.text).toBe(200);
    expect(res.body.thresholds).toEqual({ lateMinutes: 15, shortShare: 0.75 });
    expect(res.body.groups).toEqual([
      {
        provider: { id: world.mine, name: expect.any(String) },
        zone: { id: 'charnwood-north', name: expect.any(String) },
        band: 'urban',
        counts: {
          due: 5,
          delivered: 4,
          missed: 1,
          late: 1,
          short: 1,
          twoCarerVisits: 1,
          twoCarerWithFewer: 1,
          punctual: 3,
          punctualPct: 60,
        },
      },
    ]);
  });

  it('shows a provider its own visits only', async () => {
    expect((await kpis(other, `?providerId=${world.mine}`)).status).toBe(404);
    const own = await kpis(other, '?from=2026-01-01&to=2026-01-31');
    expect(own.body.groups).toEqual([]);
    const mine = await kpis(provider, '?from=2026-01-01&to=2026-01-31');
    expect(mine.body.groups).toHaveLength(1);
  });

  it('lists a package’s planned against actual visits with late, missed and short marked', async () => {
    const id = world.packages['SU-MINE-1'];
    const res = await ctx.request
      .get(`/packages/${id}/visits?from=2026-01-01&to=2026-01-07`)
      .set(auth(commissioner));
    expect(res.status, res.text).toBe(200);
    expect(
      res.body.visits.map(
        (v: { outcome: string; late: boolean; short: boolean; minutesLate: number | null }) => [
          v.outcome,
          v.late,
          v.short,
          v.minutesLate,
        ],
      ),
    ).toEqual([
      ['delivered', false, false, 10],
      ['delivered', true, false, 16],
      ['missed', false, false, null],
      ['delivered', false, true, 0],
    ]);
    expect((await ctx.request.get(`/packages/${id}/visits`).set(auth(other))).status).toBe(404);
    expect((await ctx.request.get(`/packages/${id}/visits`).set(auth(provider))).status).toBe(200);
  });
});
