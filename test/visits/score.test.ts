import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { runScoreComputation } from '../../src/performance/scores/run';
import { createTestContext, type TestContext } from '../helpers/context';
import { csvOf, visitWorld, type VisitWorld } from './helpers';

/** docs/quality-score.md "Visit punctuality": late and missed visits lower the quality component. */
describe('visit punctuality in the nightly score run', () => {
  let ctx: TestContext;
  let world: VisitWorld;

  const nightly = async (day: string) => {
    const now = Date.parse(`${day}T02:30:00Z`);
    ctx.clock.set(now);
    const run = await runScoreComputation({ ...ctx.services, actor: SYSTEM_ACTOR, now }, 'nightly');
    const rows = await ctx.services.db('score_snapshots').where({ run_id: run.runId! });
    const of = (providerId: number) => {
      const r = rows.find((x) => Number(x.provider_id) === providerId)!;
      return {
        value: Number(r.value),
        quality: Number(r.quality),
        live: r.quality_live === null ? null : Number(r.quality_live),
        n: Number(r.quality_n),
      };
    };
    return { mine: of(world.mine), theirs: of(world.theirs) };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    world = await visitWorld(ctx);
  });
  afterAll(() => ctx.destroy());

  it('lowers the score of a provider with late and missed visits as documented, and leaves others as before', async () => {
    const before = await nightly('2026-01-06');
    const token = await ctx.tokenFor('provider', world.mine);
    // 4 visits due: 1 on time, 1 late (20 min), 2 missed → punctuality P = 25%.
    const res = await ctx.request
      .post('/imports/visits')
      .set({ Authorization: `Bearer ${token}` })
      .set('Content-Type', 'text/csv')
      .send(
        csvOf(
          'SU-MINE-1,2026-01-05T09:00:00Z,30,2026-01-05T09:05:00Z,2026-01-05T09:35:00Z,',
          'SU-MINE-1,2026-01-05T13:00:00Z,30,2026-01-05T13:20:00Z,2026-01-05T13:50:00Z,',
          'SU-MINE-1,2026-01-05T18:00:00Z,30,,,',
          'SU-MINE-2,2026-01-05T09:00:00Z,60,,,',
        ),
      );
    expect(res.status, res.text).toBe(200);
    const after = await nightly('2026-01-07');

    // No visit records: exactly as before.
    expect(after.theirs).toEqual(before.theirs);
    // live = (1 − w) × L + w × P with w = 0.5 (VISIT_PUNCTUALITY_WEIGHT), L the hand-typed live value
    // (the tender score when none); n = n_L + 4; component = tender + n/(n + k) × (live − tender), k = 3.
    const tender = 70;
    const L = before.mine.live ?? tender;
    const live = 0.5 * L + 0.5 * 25;
    const n = before.mine.n + 4;
    expect(after.mine.live).toBeCloseTo(live, 2);
    expect(after.mine.n).toBe(n);
    expect(after.mine.quality).toBeCloseTo(tender + (n / (n + 3)) * (live - tender), 2);
    expect(after.mine.quality).toBeLessThan(before.mine.quality);
    expect(after.mine.value).toBeLessThan(before.mine.value);
  });
});
