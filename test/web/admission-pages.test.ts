import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerInZone, seedReference } from '../helpers/brokerage';
import { auth, openCharnwoodRound } from '../admission/helpers';
import { createWebTestContext, errorSummary, textOf, type WebTestContext } from './helpers';

/** The admission pages over HTTP: a provider sees its own applications only; forms name their errors. */
describe('admission pages', () => {
  let ctx: WebTestContext;
  beforeAll(async () => {
    ctx = await createWebTestContext();
    await seedReference(ctx);
  });
  afterAll(() => ctx.destroy());

  it("shows a provider its own applications and none of another's", async () => {
    const commissioner = await ctx.tokenFor('commissioner');
    const round = await openCharnwoodRound(ctx, commissioner);
    const [a, b] = [
      await providerInZone(ctx, 'hinckley', 'prime'),
      await providerInZone(ctx, 'melton', 'prime'),
    ];
    const names = await ctx.services.db('providers').whereIn('id', [a.id, b.id]).orderBy('id').pluck('name');
    const statement = 'Carers based in Loughborough, 60 hours a week.';
    const res = await ctx.request
      .post('/admission/applications')
      .set(auth(b.token))
      .send({ roundId: round.id, role: 'supplementary', zoneId: 'charnwood-north', statement });
    expect(res.status).toBe(201);

    const agentA = await ctx.signedIn('provider', a.id);
    const pageA = textOf((await agentA.get('/my/applications')).text);
    expect(pageA).toContain('Charnwood North, winter 2026');
    expect(pageA).toContain('You have not applied.');
    expect(pageA).not.toContain(statement);
    const agentB = await ctx.signedIn('provider', b.id);
    expect(textOf((await agentB.get('/my/applications')).text)).toContain('Waiting for a decision');
    expect(pageA).not.toContain(names[1]);

    const staff = await ctx.signedIn('commissioner');
    const listed = textOf((await staff.get(`/staff/admission/rounds/${round.id}`)).text);
    expect(listed).toContain(names[1]);
  });

  it('names the fields of a form that cannot be taken', async () => {
    const provider = await providerInZone(ctx, 'hinckley', 'prime');
    const agent = await ctx.signedIn('provider', provider.id);
    const res = await agent.submit('/my/applications', { roundId: '', role: '', zoneId: '', statement: '' });
    expect(res.status).toBe(400);
    expect(errorSummary(res.text)).toEqual(expect.arrayContaining(['Select the round']));
    const staff = await ctx.signedIn('commissioner');
    const round = await staff.submit('/staff/admission', { qualityThreshold: '' });
    expect(round.status).toBe(400);
    expect(errorSummary(round.text)).toEqual(
      expect.arrayContaining(['Select the kind of round', 'Enter the quality threshold']),
    );
  });
});
