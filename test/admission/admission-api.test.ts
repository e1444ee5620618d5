import { describe, expect, it } from 'vitest';
import { brokerageCase, providerInZone } from '../helpers/brokerage';
import { auth, openCharnwoodRound, passEveryCheck } from './helpers';

const apply = (body: object) => ({
  role: 'supplementary',
  zoneId: 'charnwood-north',
  statement: 'Forty carers based in Loughborough; capacity for 200 hours a week.',
  ...body,
});

describe('admission rounds, applications and post-award checks', () => {
  it('takes a new organisation from registration to receiving an offer in its new zone', async () => {
    const { ctx, intake, answer } = await brokerageCase();
    const commissioner = await ctx.tokenFor('commissioner');
    const prime = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 90 });
    const round = await openCharnwoodRound(ctx, commissioner);

    const registered = await ctx.request.post('/admission/applicants').set(auth(commissioner)).send({
      name: 'Quorn Home Support',
      cqcLocationId: '1-999000111',
      userName: 'Registered manager',
      email: 'manager@quorn.example',
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect(registered.body.status).toBe('applicant');
    const applicantId = registered.body.providerId as number;
    const token = await ctx.tokenFor('provider', applicantId);

    const applied = await ctx.request
      .post('/admission/applications')
      .set(auth(token))
      .send(apply({ roundId: round.id }));
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    expect(applied.body).toMatchObject({
      status: 'submitted',
      providerId: applicantId,
      zoneName: 'Charnwood North',
    });
    const again = await ctx.request
      .post('/admission/applications')
      .set(auth(token))
      .send(apply({ roundId: round.id }));
    expect(again.body.type).toBe('/problems/already-applied');

    const decide = (body: object) =>
      ctx.request
        .post(`/admission/applications/${applied.body.id}/decision`)
        .set(auth(commissioner))
        .send(body);
    expect((await decide({ decision: 'accept', score: 55, comment: 'Weak workforce plan' })).body.type).toBe(
      '/problems/below-quality-threshold',
    );
    const accepted = await decide({ decision: 'accept', score: 72, comment: 'Strong local workforce' });
    expect(accepted.body).toMatchObject({ status: 'accepted', score: 72 });

    // Mobilising: no zone role yet, so coverage does not count it and allocation does not offer to it.
    const provider = await ctx.request.get(`/providers/${applicantId}`).set(auth(commissioner));
    expect(provider.body).toMatchObject({ status: 'mobilising', tenderScore: 72, zones: [] });
    const coverage = await ctx.request.get('/framework/coverage').set(auth(commissioner));
    const charnwood = coverage.body.zones.find((z: { zoneId: string }) => z.zoneId === 'charnwood-north');
    expect(charnwood.providers).toBe(1);

    const early = await ctx.request.post(`/providers/${applicantId}/activate`).set(auth(commissioner));
    expect(early.status).toBe(422);
    expect(early.body.type).toBe('/problems/checks-outstanding');
    await passEveryCheck(ctx, commissioner, applicantId);
    const active = await ctx.request.post(`/providers/${applicantId}/activate`).set(auth(commissioner));
    expect(active.status, JSON.stringify(active.body)).toBe(200);
    expect(active.body).toMatchObject({ providerStatus: 'active', outstanding: [], mobilising: [] });
    const mine = await ctx.request.get(`/admission/applications/${applied.body.id}`).set(auth(token));
    expect(mine.body.status).toBe('active');

    // Now a supplementary in Charnwood North: the package the prime declines is offered to it.
    await ctx.services.db('capacity_declarations').insert({
      provider_id: applicantId,
      zone_id: 'charnwood-north',
      weekly_minutes: 6000,
      declared_at: ctx.clock.now(),
      declared_by: null,
    });
    const pkg = await intake();
    const primeOffer = await ctx.services
      .db('offers')
      .where({ package_id: pkg.id, provider_id: prime.id })
      .first('id');
    expect((await answer(prime, primeOffer.id, 'decline')).status).toBe(200);
    const offers = await ctx.request.get('/offers').set(auth(token));
    expect(offers.body.offers.map((o: { packageId: number }) => o.packageId)).toContain(pkg.id);

    const events = (await ctx.services.db('outbox_events').pluck('type')) as string[];
    expect(events).toEqual(
      expect.arrayContaining([
        'admission.round-opened',
        'admission.application-received',
        'admission.decided',
      ]),
    );
    const actions = (await ctx.services.db('audit_events').pluck('action')) as string[];
    expect(actions).toEqual(
      expect.arrayContaining([
        'admission.round.open',
        'admission.applicant.register',
        'user.invite',
        'admission.application.submit',
        'admission.application.decide',
        'readiness.check.record',
        'provider.activate',
      ]),
    );
  });

  it('shows a provider only its own applications, and refuses what the round does not invite', async () => {
    const { ctx } = await brokerageCase();
    const commissioner = await ctx.tokenFor('commissioner');
    const a = await providerInZone(ctx, 'hinckley', 'prime');
    const b = await providerInZone(ctx, 'hinckley', 'prime');
    const round = await openCharnwoodRound(ctx, commissioner, { roles: ['supplementary'] });
    const own = await ctx.request
      .post('/admission/applications')
      .set(auth(a.token))
      .send(apply({ roundId: round.id }));
    expect(own.status).toBe(201);
    expect((await ctx.request.get(`/admission/applications/${own.body.id}`).set(auth(b.token))).status).toBe(
      404,
    );
    const listB = await ctx.request.get('/admission/applications').set(auth(b.token));
    expect(listB.body.applications).toEqual([]);
    const prime = await ctx.request
      .post('/admission/applications')
      .set(auth(b.token))
      .send(apply({ roundId: round.id, role: 'prime' }));
    expect(prime.body.type).toBe('/problems/not-in-round');
    const chc = await ctx.request
      .post('/admission/applications')
      .set(auth(b.token))
      .send(apply({ roundId: round.id, role: 'chc-approval', zoneId: null }));
    expect(chc.status).toBe(201);
    ctx.clock.set('2026-02-02T10:00:00Z');
    const late = await ctx.request
      .post('/admission/applications')
      .set(auth(b.token))
      .send(apply({ roundId: round.id }));
    expect(late.body.type).toBe('/problems/round-closed');
  });

  it('grants CHC approval through a standing round when the provider goes live', async () => {
    const { ctx } = await brokerageCase();
    const commissioner = await ctx.tokenFor('commissioner');
    const a = await providerInZone(ctx, 'hinckley', 'prime');
    const standing = await ctx.request.post('/admission/rounds').set(auth(commissioner)).send({
      kind: 'standing',
      title: 'CHC approval, any time',
      chcApproval: true,
      qualityThreshold: 50,
    });
    expect(standing.status, JSON.stringify(standing.body)).toBe(201);
    expect(standing.body).toMatchObject({ closesOn: null, open: true });
    const applied = await ctx.request
      .post('/admission/applications')
      .set(auth(a.token))
      .send(apply({ roundId: standing.body.id, role: 'chc-approval', zoneId: null }));
    expect(applied.status).toBe(201);
    await ctx.request
      .post(`/admission/applications/${applied.body.id}/decision`)
      .set(auth(commissioner))
      .send({ decision: 'accept', score: 80, comment: 'CHC training evidenced' });
    await passEveryCheck(ctx, commissioner, a.id);
    expect((await ctx.request.post(`/providers/${a.id}/activate`).set(auth(commissioner))).status).toBe(200);
    const provider = await ctx.request.get(`/providers/${a.id}`).set(auth(commissioner));
    expect(provider.body).toMatchObject({ chcApproved: true, status: 'active' });
  });

  it('refuses an invitation round without a closing date, and a closing date in the past', async () => {
    const { ctx } = await brokerageCase();
    const commissioner = await ctx.tokenFor('commissioner');
    const send = (body: object) =>
      ctx.request
        .post('/admission/rounds')
        .set(auth(commissioner))
        .send({
          kind: 'invitation',
          title: 'Melton',
          zoneIds: ['melton'],
          roles: ['prime'],
          qualityThreshold: 60,
          ...body,
        });
    const none = await send({});
    expect(none.status).toBe(400);
    expect(JSON.stringify(none.body)).toContain('body.closesOn');
    const past = await send({ closesOn: '2026-01-01' });
    expect(past.status).toBe(400);
    expect((await send({ closesOn: '2026-01-20', zoneIds: ['nowhere'] })).body.type).toBe(
      '/problems/zone-not-found',
    );
    const officer = await ctx.tokenFor('officer');
    expect((await ctx.request.post('/admission/rounds').set(auth(officer)).send({})).status).toBe(403);
  });
});
