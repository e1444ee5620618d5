import { describe, expect, it } from 'vitest';
import { runBrokerageSweep } from '../../src/allocation/sweep';
import {
  brokerageCase,
  charnwoodPrimes,
  offerFor,
  providerInZone,
  type TestProvider,
} from '../helpers/brokerage';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A package awarded to the best of Charnwood North's primes (the clock at 2026-01-05). */
async function awardedCase() {
  const c = await brokerageCase();
  const primes = await charnwoodPrimes(c.ctx);
  const pkg = await c.intake({ wantedStart: '2026-01-12' });
  await c.answer(primes[0]!, (await offerFor(c.ctx, primes[0]!, pkg.id))!.id, 'accept');
  const handBack = (by: TestProvider, body: object) =>
    c.ctx.request.post(`/packages/${pkg.id}/hand-back`).set(auth(by.token)).send(body);
  return { ...c, primes, pkg, handBack };
}

describe('hand-backs with notice', () => {
  it('keeps the care with the provider until four weeks on and re-brokers at once; the next start follows the notice', async () => {
    const { ctx, officer, primes, pkg, handBack, answer, explain, packageAs } = await awardedCase();
    const back = await handBack(primes[0]!, {
      reason: 'staffing',
      noticeDate: '2026-02-02',
      lastVisit: '2026-02-01',
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({
      status: 'brokering',
      providerId: primes[0]!.id,
      handBack: {
        outgoingProvider: { id: primes[0]!.id },
        reason: 'staffing',
        noticeDate: '2026-02-02',
        lastVisit: '2026-02-01',
        approval: 'not-needed',
        rebrokerOpensOn: '2026-01-05',
      },
    });
    expect((await explain(pkg.id)).episodes[1]).toMatchObject({
      openedBecause: 'hand-back',
      outcome: 'open',
    });
    // The next provider accepts for an earlier day: its start moves to the day after the notice date.
    const offer = await offerFor(ctx, primes[1]!, pkg.id);
    await answer(primes[1]!, offer!.id, 'accept', { startDate: '2026-01-20' });
    ctx.clock.set('2026-01-07T09:00:00Z');
    await runBrokerageSweep(ctx.services, ctx.clock.now());
    const after = await packageAs(officer, pkg.id);
    expect(after).toMatchObject({ status: 'awarded', providerId: primes[1]!.id });
    expect(after.handBack).toMatchObject({
      outgoingProvider: { id: primes[0]!.id },
      noticeDate: '2026-02-02',
    });
    const row = await ctx.services.db('brokerage_episodes').where({ package_id: pkg.id, number: 2 }).first();
    expect(row.agreed_start).toBe('2026-02-03');
  });

  it('opens re-brokering the lead time before the notice date when one is configured', async () => {
    const { ctx, officer, primes, pkg, handBack, packageAs } = await awardedCase();
    ctx.services.config.allocation.handBack.rebrokerLeadDays = 14;
    const back = await handBack(primes[0]!, { reason: 'travel', noticeDate: '2026-02-02' });
    expect(back.body).toMatchObject({
      status: 'awarded',
      providerId: primes[0]!.id,
      handBack: { rebrokerOpensOn: '2026-01-19', rebrokeredAt: null },
    });
    ctx.clock.set('2026-01-18T09:00:00Z');
    expect((await runBrokerageSweep(ctx.services, ctx.clock.now())).rebrokered).toBe(0);
    ctx.clock.set('2026-01-19T09:00:00Z');
    expect((await runBrokerageSweep(ctx.services, ctx.clock.now())).rebrokered).toBe(1);
    expect(await packageAs(officer, pkg.id)).toMatchObject({
      status: 'brokering',
      providerId: primes[0]!.id,
    });
    // Nobody is awarded by the notice date: the outgoing provider stops holding the package.
    ctx.clock.set('2026-02-03T09:00:00Z');
    expect((await runBrokerageSweep(ctx.services, ctx.clock.now())).noticesEnded).toBe(1);
    expect((await packageAs(officer, pkg.id)).providerId).toBeNull();
  });

  it('holds notice shorter than 28 days for a commissioner, who may approve it', async () => {
    const { ctx, officer, primes, pkg, handBack, packageAs } = await awardedCase();
    const back = await handBack(primes[0]!, { reason: 'staffing', noticeDate: '2026-01-19' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({
      status: 'awarded',
      handBack: { approval: 'pending', rebrokerOpensOn: null },
    });
    const again = await handBack(primes[0]!, { reason: 'staffing', noticeDate: '2026-02-19' });
    expect(again.status).toBe(409);
    expect(JSON.parse(again.text).type).toMatch(/hand-back-already-given/);
    const decide = (token: string, decision: string) =>
      ctx.request.post(`/packages/${pkg.id}/hand-back/decision`).set(auth(token)).send({ decision });
    // The officers' queue shows it as needing action until a commissioner decides.
    const queue = (await ctx.request.get('/queue?view=needs-action').set(auth(officer))).body;
    expect(queue.packages.find((e: { id: number }) => e.id === pkg.id).reasons).toEqual(['short-notice']);
    expect((await decide(officer, 'approve')).status).toBe(403);
    const approved = await decide(await ctx.tokenFor('commissioner'), 'approve');
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'brokering',
      handBack: { approval: 'approved', noticeDate: '2026-01-19' },
    });
    const audit = await ctx.services.db('audit_events').where({ action: 'package.hand-back.decide' }).first();
    expect(audit).toBeDefined();
    expect((await packageAs(officer, pkg.id)).handBack.rebrokeredAt).not.toBeNull();
  });

  it('runs refused short notice for the full 28 days from when it was given', async () => {
    const { ctx, primes, pkg, handBack } = await awardedCase();
    await handBack(primes[0]!, { reason: 'other', noticeDate: '2026-01-12' });
    const refused = await ctx.request
      .post(`/packages/${pkg.id}/hand-back/decision`)
      .set(auth(await ctx.tokenFor('commissioner')))
      .send({ decision: 'refuse' });
    expect(refused.body).toMatchObject({
      status: 'brokering',
      handBack: { approval: 'refused', noticeDate: '2026-02-02', lastVisit: '2026-02-02' },
    });
  });

  it('needs no approval for short notice when care is unsafe', async () => {
    const { primes, handBack } = await awardedCase();
    const back = await handBack(primes[0]!, { reason: 'safety', noticeDate: '2026-01-05' });
    expect(back.body).toMatchObject({ status: 'brokering', handBack: { approval: 'not-needed' } });
  });

  it('refuses a notice date in the past, and a last visit after the notice date', async () => {
    const { primes, handBack } = await awardedCase();
    const past = await handBack(primes[0]!, { reason: 'safety', noticeDate: '2026-01-04' });
    expect(past.status).toBe(400);
    expect(past.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.noticeDate']);
    const late = await handBack(primes[0]!, {
      reason: 'staffing',
      noticeDate: '2026-02-02',
      lastVisit: '2026-02-03',
    });
    expect(late.status).toBe(400);
    expect(late.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.lastVisit']);
  });

  it('on re-brokering, offers a provider already delivering care nearby first among equal scores, and says so', async () => {
    const { ctx, intake, answer, explain } = await brokerageCase();
    const outgoing = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 90 });
    const elsewhere = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 70 });
    const nearby = await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 70 });
    // `nearby` already delivers care to a neighbour of the person.
    const neighbour = await intake({ location: { lat: 52.768, lon: -1.201 } });
    await answer(outgoing, (await offerFor(ctx, outgoing, neighbour.id))!.id, 'decline');
    await answer(elsewhere, (await offerFor(ctx, elsewhere, neighbour.id))!.id, 'decline');
    await answer(nearby, (await offerFor(ctx, nearby, neighbour.id))!.id, 'accept');
    const pkg = await intake();
    await answer(outgoing, (await offerFor(ctx, outgoing, pkg.id))!.id, 'accept');
    const back = await ctx.request
      .post(`/packages/${pkg.id}/hand-back`)
      .set(auth(outgoing.token))
      .send({ reason: 'staffing', noticeDate: '2026-02-02' });
    expect(back.status).toBe(200);
    const round = (await explain(pkg.id)).episodes[1].rounds[0];
    expect(
      round.ranking.map((c: { providerId: number; deliversCareNearby: boolean }) => [
        c.providerId,
        c.deliversCareNearby,
      ]),
    ).toEqual([
      [nearby.id, true],
      [elsewhere.id, false],
    ]);
    expect(round.tieBreak).toMatch(/already delivering care within 5 km of the person first/);
    expect(round.excluded).toContainEqual(
      expect.objectContaining({ providerId: outgoing.id, reasons: ['handed-back'] }),
    );
  });

  it('hands back every package of a provider leaving the market, and offers it nothing new', async () => {
    const { ctx, intake, answer } = await brokerageCase();
    const [leaving, other] = [
      await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 90 }),
      await providerInZone(ctx, 'charnwood-north', 'prime', { tenderScore: 80 }),
    ];
    const first = await intake();
    await answer(leaving, (await offerFor(ctx, leaving, first.id))!.id, 'accept');
    const urgent = await intake({ urgency: 'urgent' });
    await answer(leaving, (await offerFor(ctx, leaving, urgent.id))!.id, 'accept');
    const admin = await ctx.tokenFor('admin');
    const exit = (noticeDate: string) =>
      ctx.request.post(`/providers/${leaving.id}/exit`).set(auth(admin)).send({ noticeDate });
    expect((await exit('2026-01-04')).status).toBe(400);
    const primesOf = async () => {
      const coverage = await ctx.request.get('/framework/coverage').set(auth(admin));
      return (
        coverage.body.zones as {
          zoneId: string;
          primes: number;
          minPrimes: number;
          belowMinimumPrimesReason: string | null;
        }[]
      ).find((z) => z.zoneId === 'charnwood-north')!;
    };
    const before = await primesOf();
    // Two weeks' notice needs nobody's approval when the provider leaves the market.
    const res = await exit('2026-01-19');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      providerId: leaving.id,
      noticeDate: '2026-01-19',
      handedBack: [first.id, urgent.id],
    });
    expect((await exit('2026-01-19')).status).toBe(409);
    // A prime leaving the market is offered nothing, so it no longer counts toward the zone's minimum.
    const after = await primesOf();
    expect(after.primes).toBe(before.primes - 1);
    expect(after.belowMinimumPrimesReason).toBe(
      after.primes < after.minPrimes ? `${before.primes} active primes, 1 leaving the market` : null,
    );
    const audited = await ctx.services
      .db('audit_events')
      .whereIn('action', ['provider.exit', 'package.hand-back']);
    expect(audited).toHaveLength(3);
    // The other prime is offered both again; a new package is offered to it only.
    await answer(other, (await offerFor(ctx, other, urgent.id))!.id, 'accept');
    const fresh = await intake();
    expect(await offerFor(ctx, leaving, fresh.id)).toBeUndefined();
    const transition = await ctx.request
      .get(`/providers/${leaving.id}/transition`)
      .set(auth(await ctx.tokenFor('officer')));
    expect(transition.body).toMatchObject({ exitNoticeDate: '2026-01-19' });
    expect(
      transition.body.packages.map((p: { packageId: number; state: string; agreedStart: string | null }) => [
        p.packageId,
        p.state,
        p.agreedStart,
      ]),
    ).toEqual([
      [first.id, 'waiting', null],
      [urgent.id, 're-brokered', '2026-01-20'],
    ]);
  });
});
