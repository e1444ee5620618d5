import { describe, expect, it } from 'vitest';
import {
  PLACES,
  brokerageCase,
  charnwoodPrimes,
  offerFor,
  providerInZone,
  type TestProvider,
} from '../helpers/brokerage';
import type { TestContext } from '../helpers/context';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
type Round = {
  kind: string;
  ranking: { providerId: number }[];
  excluded: { providerId: number; reasons: string[] }[];
  order?: { rounds: string[]; because: string };
};

const declare = (ctx: TestContext, provider: TestProvider, body: Record<string, unknown>) =>
  ctx.request
    .post(`/providers/${provider.id}/needs`)
    .set(auth(provider.token))
    .send({
      zoneId: 'charnwood-north',
      specialisms: [],
      languages: [],
      doubleUpPackages: 0,
      carerGenders: [],
      ...body,
    });

async function appoint(ctx: TestContext, providerId: number, specialism: string) {
  const admin = await ctx.tokenFor('admin');
  return ctx.request
    .put(`/specialists/${specialism}/providers/${providerId}`)
    .set(auth(admin))
    .send({ reason: 'appointed to the specialist lot' });
}

describe('needs that decide eligibility (docs/specification/allocation.md §5.16–5.17)', () => {
  it('takes typed needs, shows them back, and refuses a gender that is not one value', async () => {
    const { ctx, officer, intake, packageAs } = await brokerageCase();
    const needs = {
      carerGender: 'female',
      languages: ['pl', 'gu'],
      twoCarers: true,
      specialisms: ['dementia'],
      support: ['medication-support'],
    };
    const pkg = await intake({ needs });
    expect((await packageAs(officer, pkg.id)).needs).toEqual(needs);
    const bad = await ctx.request
      .post('/packages')
      .set(auth(officer))
      .send({ ...pkg, needs: { carerGender: 'both' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('body.needs.carerGender');
  });

  it('excludes a provider that cannot meet a hard need, with the reason in the explanation', async () => {
    const { ctx, intake, explain } = await brokerageCase();
    const [able, noDoubleUp, silent] = await charnwoodPrimes(ctx);
    expect((await declare(ctx, able!, { doubleUpPackages: 3, carerGenders: ['female'] })).status).toBe(201);
    await declare(ctx, noDoubleUp!, { doubleUpPackages: 0, carerGenders: ['female', 'male'] });
    const pkg = await intake({ needs: { twoCarers: true, carerGender: 'female' } });
    const round = (await explain(pkg.id)).episodes[0].rounds[0] as Round;
    expect(round.ranking.map((c) => c.providerId)).toEqual([able!.id]);
    expect(round.excluded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ providerId: noDoubleUp!.id, reasons: ['cannot-double-up'] }),
        expect.objectContaining({ providerId: silent!.id, reasons: ['no-needs-declared'] }),
      ]),
    );
    expect(round.order?.because).toBe('standard order: primes, then supplementaries');
  });

  it('offers a specialist package to the specialist primes, then the countywide list by score, then supplementaries', async () => {
    const { ctx, intake, explain, answer } = await brokerageCase();
    const [specialistPrime, ordinaryPrime] = await charnwoodPrimes(ctx);
    await declare(ctx, specialistPrime!, { specialisms: ['dementia'] });
    await declare(ctx, ordinaryPrime!, { specialisms: [] });
    // Two providers elsewhere in the county on the specialist list, and one not on it.
    const farHigh = await providerInZone(ctx, 'hinckley', 'prime', { tenderScore: 85 });
    const farLow = await providerInZone(ctx, 'hinckley', 'supplementary', { tenderScore: 55 });
    await providerInZone(ctx, 'hinckley', 'prime', { tenderScore: 99 });
    // The specialist prime is on the list too: it had its own round first.
    for (const p of [farHigh, farLow, specialistPrime!]) {
      expect((await appoint(ctx, p.id, 'dementia')).status).toBe(200);
    }
    const supplementary = await providerInZone(ctx, 'charnwood-north', 'supplementary', { tenderScore: 95 });
    await declare(ctx, supplementary, { specialisms: ['dementia'] });

    const pkg = await intake({ location: PLACES.loughborough, needs: { specialisms: ['dementia'] } });
    const firstRound = async () => (await explain(pkg.id)).episodes[0].rounds as Round[];
    let rounds = await firstRound();
    expect(rounds[0]!.ranking.map((c) => c.providerId)).toEqual([specialistPrime!.id]);
    expect(rounds[0]!.order).toEqual({
      rounds: ['primes', 'specialists', 'supplementaries'],
      because: 'specialist order, for dementia: primes, then specialists, then supplementaries',
    });
    expect(rounds[0]!.excluded).toContainEqual(
      expect.objectContaining({ providerId: ordinaryPrime!.id, reasons: ['specialism-not-declared'] }),
    );

    await answer(specialistPrime!, (await offerFor(ctx, specialistPrime!, pkg.id))!.id, 'decline');
    rounds = await firstRound();
    expect(rounds[1]!.kind).toBe('specialists');
    expect(rounds[1]!.ranking.map((c) => c.providerId)).toEqual([farHigh.id, farLow.id]);
    expect(rounds[1]!.excluded).toContainEqual(
      expect.objectContaining({ providerId: specialistPrime!.id, reasons: ['offered-as-prime'] }),
    );

    for (const p of [farHigh, farLow]) await answer(p, (await offerFor(ctx, p, pkg.id))!.id, 'decline');
    rounds = await firstRound();
    expect(rounds.map((r) => r.kind)).toEqual(['primes', 'specialists', 'supplementaries']);
    expect(rounds[2]!.ranking.map((c) => c.providerId)).toEqual([supplementary.id]);
    expect(
      (await answer(supplementary, (await offerFor(ctx, supplementary, pkg.id))!.id, 'accept')).status,
    ).toBe(200);
  });

  it('lets admins appoint and remove specialists, audited, and shows the list to commissioners', async () => {
    const { ctx } = await brokerageCase();
    const provider = await providerInZone(ctx, 'melton', 'prime');
    const commissioner = await ctx.tokenFor('commissioner');
    expect((await appoint(ctx, provider.id, 'end-of-life')).body).toMatchObject({
      appointed: true,
      changed: true,
    });
    expect((await appoint(ctx, provider.id, 'end-of-life')).body.changed).toBe(false);
    const list = await ctx.request.get('/specialists').set(auth(commissioner));
    const endOfLife = list.body.specialisms.find(
      (s: { specialism: string }) => s.specialism === 'end-of-life',
    );
    expect(endOfLife.providers.map((p: { id: number }) => p.id)).toEqual([provider.id]);
    const report = await ctx.request.get('/reports/coverage').set(auth(commissioner));
    expect(report.status).toBe(200);
    expect(report.body.specialists).toEqual(list.body.specialisms);
    // A provider cannot appoint itself.
    const self = await ctx.request
      .put(`/specialists/dementia/providers/${provider.id}`)
      .set(auth(provider.token))
      .send({});
    expect(self.status).toBe(403);
    const admin = await ctx.tokenFor('admin');
    const removed = await ctx.request
      .delete(`/specialists/end-of-life/providers/${provider.id}`)
      .set(auth(admin))
      .send({});
    expect(removed.body).toMatchObject({ appointed: false, changed: true });
    const actions = await ctx.services.db('audit_events').whereLike('action', 'specialist.%').pluck('action');
    expect(actions).toEqual(['specialist.appoint', 'specialist.remove']);
  });

  it('lets a provider read and declare only its own needs, in zones where it holds a role', async () => {
    const { ctx } = await brokerageCase();
    const [mine, other] = await charnwoodPrimes(ctx);
    expect((await declare(ctx, mine!, { zoneId: 'melton' })).status).toBe(422);
    const res = await declare(ctx, mine!, { languages: ['pl'], carerGenders: ['female', 'male'] });
    expect(res.body).toMatchObject({ zoneId: 'charnwood-north', declaration: { languages: ['pl'] } });
    const read = await ctx.request.get(`/providers/${mine!.id}/needs`).set(auth(mine!.token));
    expect(read.body.zones[0].declaration.carerGenders).toEqual(['female', 'male']);
    expect((await ctx.request.get(`/providers/${other!.id}/needs`).set(auth(mine!.token))).status).toBe(404);
  });
});
