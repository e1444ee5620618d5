import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';
import { newPackage, providerInZone, seedReference } from '../helpers/brokerage';

describe('POST /providers/:id/quality-evidence with a CQC rating', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
  });
  afterAll(() => ctx.destroy());

  it('makes a newer rating the provider’s overall rating, so an Inadequate provider is offered nothing', async () => {
    const admin = await ctx.tokenFor('admin');
    const officer = await ctx.tokenFor('officer');
    const failing = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 99 });
    await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 50 });
    const recorded = await ctx.request
      .post(`/providers/${failing.id}/quality-evidence`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ kind: 'cqc-rating', occurredOn: '2026-01-02', rating: 'inadequate' });
    expect(recorded.status, recorded.text).toBe(201);
    const provider = await ctx.request
      .get(`/providers/${failing.id}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(provider.body.cqcOverall).toBe('inadequate');

    const older = await ctx.request
      .post(`/providers/${failing.id}/quality-evidence`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ kind: 'cqc-rating', occurredOn: '2025-06-01', rating: 'good' });
    expect(older.status).toBe(201);
    expect(
      (await ctx.request.get(`/providers/${failing.id}`).set('Authorization', `Bearer ${admin}`)).body
        .cqcOverall,
    ).toBe('inadequate');

    const pkg = await ctx.request
      .post('/packages')
      .set('Authorization', `Bearer ${officer}`)
      .send(newPackage());
    const story = await ctx.request
      .get(`/packages/${pkg.body.id}/allocation`)
      .set('Authorization', `Bearer ${officer}`);
    expect(story.body.episodes[0].rounds[0].excluded).toContainEqual(
      expect.objectContaining({ providerId: failing.id, reasons: ['rated-inadequate'] }),
    );
    const trail = await ctx.request
      .get(`/audit?entity=provider&id=${failing.id}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(
      trail.body.events.filter((e: { action: string }) => e.action === 'provider.cqc-rating'),
    ).toHaveLength(1);
  });
});
