import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import { FAILING_LOCATION, FIXTURE, primeAt } from './helpers';

describe('the quality score reads the CQC ratings register', () => {
  let ctx: TestContext;
  let admin: string;
  let failing: number;
  const auth = () => ({ Authorization: `Bearer ${admin}` });
  const recompute = async () => {
    ctx.clock.advance(60_000);
    expect((await ctx.request.post('/scores/recompute').set(auth())).status).toBe(201);
    const res = await ctx.request.get(`/providers/${failing}/score`).set(auth());
    return res.body.zones[0].score;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    admin = await ctx.tokenFor('admin');
    failing = (await primeAt(ctx, 'charnwood-north', FAILING_LOCATION)).id;
  });
  afterAll(() => ctx.destroy());

  it('moves the quality component when an import changes the overall rating, with its date', async () => {
    const before = await recompute();
    expect(before.quality.cqcRating).toBeNull();
    expect(before.components.quality.value).toBe(70);

    ctx.clock.advance(60_000);
    const imported = await ctx.request
      .post('/imports/cqc-ratings')
      .set(auth())
      .set('Content-Type', 'text/csv')
      .send(FIXTURE);
    expect(imported.status, imported.text).toBe(200);

    const after = await recompute();
    expect(after.quality).toMatchObject({ cqcRating: 'inadequate', cqcRatedOn: '2025-12-02' });
    expect(after.components.quality.live).toBe(0);
    expect(after.components.quality.value).toBeLessThan(70);
  });

  it('reads a CQC rating recorded as quality evidence through the register, not the evidence row', async () => {
    ctx.clock.advance(60_000);
    const res = await ctx.request
      .post(`/providers/${failing}/quality-evidence`)
      .set(auth())
      .send({ kind: 'cqc-rating', occurredOn: '2026-01-04', rating: 'good' });
    expect(res.status, res.text).toBe(201);
    const rows = await ctx.services
      .db('cqc_ratings')
      .where({ cqc_location_id: FAILING_LOCATION, key_question: 'overall' })
      .orderBy('id');
    expect(rows.at(-1)).toMatchObject({ rating: 'good', published_on: '2026-01-04', source: 'evidence' });
    const after = await recompute();
    expect(after.quality.cqcRating).toBe('good');
    expect(after.components.quality.live).toBe(80);
  });
});
