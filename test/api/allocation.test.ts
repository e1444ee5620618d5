import { describe, expect, it } from 'vitest';
import { runBrokerageSweep } from '../../src/allocation/sweep';
import {
  PLACES,
  brokerageCase,
  charnwoodOthers,
  charnwoodPrimes,
  harboroughRural,
  newPackage,
  offerFor,
  providerInZone,
} from '../helpers/brokerage';

const HOUR = 3_600_000;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

// Each case starts from a fresh database (brokerageCase) and adds the providers it needs.
describe('brokerage through the HTTP API', () => {
  it('locates and prices at intake, then awards an urban package to the best prime that accepts', async () => {
    const { ctx, officer, intake, answer, explain, packageAs } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const { chcPrime } = await charnwoodOthers(ctx);
    const pkg = await intake();
    expect(pkg).toMatchObject({
      zone: { id: 'charnwood-north' },
      band: 'urban',
      hourlyRatePence: 1875,
      status: 'brokering',
    });
    const second = await offerFor(ctx, primes[1]!, pkg.id);
    const first = await offerFor(ctx, primes[0]!, pkg.id);
    // Rank 2 accepts first: it must wait for rank 1.
    expect((await answer(primes[1]!, second!.id, 'accept', { startDate: '2026-01-14' })).body.status).toBe(
      'accepted',
    );
    expect((await packageAs(officer, pkg.id)).status).toBe('brokering');
    // Rank 1 declines: rank 2 wins at once.
    expect((await answer(primes[0]!, first!.id, 'decline')).status).toBe(200);
    expect(await packageAs(officer, pkg.id)).toMatchObject({ status: 'awarded', providerId: primes[1]!.id });
    expect((await offerFor(ctx, primes[1]!, pkg.id))!.status).toBe('won');
    expect((await offerFor(ctx, primes[2]!, pkg.id))!.status).toBe('lost');

    const story = await explain(pkg.id);
    const round = story.episodes[0].rounds[0];
    expect(round.kind).toBe('primes');
    expect(round.ranking.map((c: { providerId: number }) => c.providerId)).toEqual([
      ...primes.map((p) => p.id),
      chcPrime.id,
    ]);
    expect(round.ranking[0].score).toMatchObject({ value: 90, source: 'tender' });
    expect(round.responses.find((r: { rank: number }) => r.rank === 1)).toMatchObject({
      status: 'declined',
      declineReason: 'no-capacity',
    });
    expect(round.why).toMatch(/ranked 2 of 4 and accepted/);
    expect(story.episodes[0].awardedProvider.id).toBe(primes[1]!.id);
  });

  it('offers a Harborough Rural package straight to supplementaries (no primes there)', async () => {
    const { ctx, intake, answer, explain } = await brokerageCase();
    const rural = await harboroughRural(ctx);
    const pkg = await intake({ location: PLACES.hallaton });
    expect(pkg.zone.id).toBe('harborough-rural');
    const story = await explain(pkg.id);
    expect(story.episodes[0].rounds.map((r: { kind: string }) => r.kind)).toEqual(['supplementaries']);
    expect(await offerFor(ctx, rural[0]!, pkg.id)).toBeDefined();
    const offer = await offerFor(ctx, rural[1]!, pkg.id);
    await answer(rural[0]!, (await offerFor(ctx, rural[0]!, pkg.id))!.id, 'decline');
    expect((await answer(rural[1]!, offer!.id, 'accept')).body.status).toBe('won');
  });

  it('offers a CHC package only to CHC-approved providers', async () => {
    const { ctx, intake, explain } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const { chcPrime } = await charnwoodOthers(ctx);
    const pkg = await intake({ careType: 'chc' });
    const round = (await explain(pkg.id)).episodes[0].rounds[0];
    expect(round.ranking.map((c: { providerId: number }) => c.providerId)).toEqual([chcPrime.id]);
    for (const p of primes) {
      expect(round.excluded).toContainEqual(
        expect.objectContaining({ providerId: p.id, reasons: ['not-chc-approved'] }),
      );
    }
    expect(await offerFor(ctx, primes[0]!, pkg.id)).toBeUndefined();
  });

  it('opens round 2 for supplementaries when every prime declines', async () => {
    const { ctx, intake, answer, explain } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const { chcPrime, supplementaries } = await charnwoodOthers(ctx);
    const pkg = await intake();
    for (const p of [...primes, chcPrime]) await answer(p, (await offerFor(ctx, p, pkg.id))!.id, 'decline');
    const story = await explain(pkg.id);
    expect(
      story.episodes[0].rounds.map((r: { kind: string; outcome: string }) => [r.kind, r.outcome]),
    ).toEqual([
      ['primes', 'no-acceptance'],
      ['supplementaries', 'open'],
    ]);
    expect((await offerFor(ctx, supplementaries[0]!, pkg.id))!.status).toBe('pending');
  });

  it('marks a package unplaced when no one accepts, queues it with its wait, and escalates it later', async () => {
    const { ctx, officer, intake, packageAs } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    await charnwoodOthers(ctx);
    const rural = await harboroughRural(ctx);
    const pkg = await intake({ urgency: 'hospital-discharge' });
    ctx.clock.advance(2 * HOUR + 1);
    await runBrokerageSweep(ctx.services, ctx.clock.now()); // primes' window closes → round 2
    ctx.clock.advance(2 * HOUR + 1);
    await runBrokerageSweep(ctx.services, ctx.clock.now()); // supplementaries' window closes → unplaced
    expect((await packageAs(officer, pkg.id)).status).toBe('unplaced');
    const queue = (await ctx.request.get('/queue?urgency=hospital-discharge').set(auth(officer))).body
      .packages;
    const entry = queue.find((q: { id: number }) => q.id === pkg.id);
    expect(entry).toMatchObject({ status: 'unplaced', round: null, escalated: false });
    expect(entry.waitedMinutes).toBeGreaterThanOrEqual(240);
    expect((await offerFor(ctx, primes[0]!, pkg.id))!.status).toBe('expired');

    ctx.clock.advance(48 * HOUR);
    const swept = await runBrokerageSweep(ctx.services, ctx.clock.now());
    expect(swept.escalated).toBeGreaterThanOrEqual(1);
    const again = (await ctx.request.get('/queue').set(auth(officer))).body.packages.find(
      (q: { id: number }) => q.id === pkg.id,
    );
    expect(again.escalated).toBe(true);

    // Round 3 is an explicit officer action: widen to every framework provider.
    const widened = await ctx.request
      .post(`/packages/${pkg.id}/widen`)
      .set(auth(officer))
      .send({ scope: 'all' });
    expect(widened.body.status).toBe('brokering');
    const offer = await offerFor(ctx, rural[0]!, pkg.id);
    expect(offer).toMatchObject({ status: 'pending', round: 'widened-all' });
  });

  it('awards at the window close to the best acceptance when a higher-ranked provider stays silent', async () => {
    const { ctx, officer, intake, answer, packageAs } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const pkg = await intake();
    await answer(primes[2]!, (await offerFor(ctx, primes[2]!, pkg.id))!.id, 'accept');
    await answer(primes[1]!, (await offerFor(ctx, primes[1]!, pkg.id))!.id, 'decline');
    expect((await packageAs(officer, pkg.id)).status).toBe('brokering');
    ctx.clock.advance(24 * HOUR);
    await runBrokerageSweep(ctx.services, ctx.clock.now());
    expect(await packageAs(officer, pkg.id)).toMatchObject({ status: 'awarded', providerId: primes[2]!.id });
    expect((await offerFor(ctx, primes[0]!, pkg.id))!.status).toBe('expired');
  });

  it('refuses answers after the deadline, twice, or once the package is awarded, with 409', async () => {
    const { ctx, intake, answer } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const pkg = await intake();
    const top = await offerFor(ctx, primes[0]!, pkg.id);
    expect((await answer(primes[0]!, top!.id, 'accept')).body.status).toBe('won');
    const twice = await answer(primes[0]!, top!.id, 'accept');
    expect(twice.status).toBe(409);
    const late = await answer(primes[1]!, (await offerFor(ctx, primes[1]!, pkg.id))!.id, 'accept');
    expect(late.status).toBe(409);
    expect(JSON.parse(late.text).detail).toMatch(/already been awarded to another provider/);

    const next = await intake();
    const offer = await offerFor(ctx, primes[0]!, next.id);
    ctx.clock.advance(24 * HOUR);
    const expired = await answer(primes[0]!, offer!.id, 'accept');
    expect(expired.status).toBe(409);
    expect(JSON.parse(expired.text).detail).toMatch(/window .* has closed/);
  });

  it('hands a package back and re-brokers it as a new episode, keeping its history', async () => {
    const { ctx, intake, answer, explain } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const pkg = await intake();
    await answer(primes[0]!, (await offerFor(ctx, primes[0]!, pkg.id))!.id, 'accept');
    ctx.clock.set('2026-01-20T10:00:00Z'); // care cannot be confirmed as started on a day still to come
    const started = await ctx.request
      .post(`/packages/${pkg.id}/start`)
      .set(auth(primes[0]!.token))
      .send({ startedOn: '2026-01-20' });
    expect(started.body.status).toBe('active');
    const back = await ctx.request
      .post(`/packages/${pkg.id}/hand-back`)
      .set(auth(primes[0]!.token))
      .send({ reason: 'staffing', noticeDate: '2026-02-17' });
    expect(back.status).toBe(200);
    // Four weeks' notice: re-brokered at once, while the provider keeps the care until the notice date.
    expect(back.body).toMatchObject({
      status: 'brokering',
      providerId: primes[0]!.id,
      handBack: { outgoingProvider: { id: primes[0]!.id }, noticeDate: '2026-02-17', approval: 'not-needed' },
    });
    const story = await explain(pkg.id);
    expect(story.episodes).toHaveLength(2);
    expect(story.episodes[0]).toMatchObject({
      outcome: 'awarded',
      careStartedOn: '2026-01-20',
      handBack: { reason: 'staffing', noticeDate: '2026-02-17' },
    });
    expect(story.episodes[1]).toMatchObject({ openedBecause: 'hand-back', outcome: 'open' });
    const reRanked = story.episodes[1].rounds[0];
    expect(reRanked.excluded).toContainEqual(
      expect.objectContaining({ providerId: primes[0]!.id, reasons: ['handed-back'] }),
    );
    expect(reRanked.ranking.map((c: { providerId: number; rank: number }) => [c.providerId, c.rank])).toEqual(
      [
        [primes[1]!.id, 1],
        [primes[2]!.id, 2],
      ],
    );
    // The provider that handed it back sees it until its notice date, as it still delivers the care.
    expect((await ctx.request.get(`/packages/${pkg.id}`).set(auth(primes[0]!.token))).status).toBe(200);
  });

  it('answers illegal lifecycle moves with 409 naming the current state', async () => {
    const { ctx, officer, intake, explain } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const pkg = await intake();
    const end = await ctx.request
      .post(`/packages/${pkg.id}/end`)
      .set(auth(officer))
      .send({ endedOn: '2026-02-01', reason: 'test end' });
    expect(end.status).toBe(409);
    expect(JSON.parse(end.text)).toMatchObject({ currentStatus: 'brokering' });
    expect(JSON.parse(end.text).detail).toMatch(/it is brokering/);
    const cancel = await ctx.request
      .post(`/packages/${pkg.id}/cancel`)
      .set(auth(officer))
      .send({ reason: 'moved away' });
    expect(cancel.body.status).toBe('cancelled');
    expect((await offerFor(ctx, primes[0]!, pkg.id))!.status).toBe('withdrawn');
    const episode = (await explain(pkg.id)).episodes[0];
    expect([episode.outcome, episode.rounds[0].outcome]).toEqual(['cancelled', 'cancelled']);
    const again = await ctx.request
      .post(`/packages/${pkg.id}/cancel`)
      .set(auth(officer))
      .send({ reason: 'twice' });
    expect(again.status).toBe(409);
  });

  it('shows a provider only its own offers, with nothing that identifies the person', async () => {
    const { ctx, intake } = await brokerageCase();
    const primes = await charnwoodPrimes(ctx);
    const { supplementaries } = await charnwoodOthers(ctx);
    const pkg = await intake({ reference: 'SU-PRIVATE-123' });
    const mine = await ctx.request.get('/offers').set(auth(primes[0]!.token));
    const offer = mine.body.offers.find((o: { packageId: number }) => o.packageId === pkg.id);
    expect(offer).toMatchObject({
      zone: { id: 'charnwood-north' },
      band: 'urban',
      hourlyRatePence: 1875,
      weeklyHours: 10,
    });
    expect(JSON.stringify(mine.body)).not.toMatch(/SU-PRIVATE-123|52\.7667|lat|lon/);
    const others = await ctx.request
      .post(`/offers/${offer.id}/accept`)
      .set(auth(supplementaries[1]!.token))
      .send({});
    expect(others.status).toBe(404);
    expect((await ctx.request.get(`/packages/${pkg.id}`).set(auth(primes[0]!.token))).status).toBe(404);
  });

  it('refuses a place outside the county with the nearest zone and distance', async () => {
    const { ctx, officer } = await brokerageCase();
    const res = await ctx.request
      .post('/packages')
      .set(auth(officer))
      .send(newPackage({ location: PLACES.clockTower }));
    expect(res.status).toBe(422);
    const problem = JSON.parse(res.text);
    expect(problem.type).toBe('/problems/outside-service-area');
    expect(typeof problem.nearestZone).toBe('string');
    expect(problem.distanceMetres).toBeGreaterThan(0);
  });

  it('counts an award against the winner’s declared capacity until it declares again', async () => {
    const { ctx, intake, answer, explain } = await brokerageCase();
    const small = await providerInZone(ctx, 'melton', 'prime', { tenderScore: 99, capacityHours: 12 });
    await providerInZone(ctx, 'melton', 'prime', { tenderScore: 10, capacityHours: 100 });
    const melton = { lat: 52.7659, lon: -0.8869 };
    const first = await intake({ location: melton, weeklyHours: 10 });
    expect((await answer(small, (await offerFor(ctx, small, first.id))!.id, 'accept')).body.status).toBe(
      'won',
    );
    const second = await intake({ location: melton, weeklyHours: 10 });
    const round = (await explain(second.id)).episodes[0].rounds[0];
    expect(round.excluded).toContainEqual(
      expect.objectContaining({ providerId: small.id, reasons: ['not-enough-capacity'] }),
    );

    // Its new declaration is what it has free now: the award no longer counts against it.
    ctx.clock.advance(60_000);
    const declared = await ctx.request
      .post(`/providers/${small.id}/capacity`)
      .set(auth(small.token))
      .send({ zoneId: 'melton', weeklyHours: 12, reason: 'Recruited for the new package' });
    expect(declared.status).toBe(201);
    const third = await intake({ location: melton, weeklyHours: 10 });
    const ranking = (await explain(third.id)).episodes[0].rounds[0].ranking;
    expect(ranking[0]).toMatchObject({ providerId: small.id, rank: 1, capacityMinutes: 720 });
  });
});
