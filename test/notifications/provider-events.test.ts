import { describe, expect, it } from 'vitest';
import { brokerageSweepJob } from '../../src/jobs/brokerage-sweep';
import { runNotificationChecks } from '../../src/notifications/checks/daily';
import { charnwoodPrimes, PLACES, type TestProvider } from '../helpers/brokerage';
import { contactOf, notificationCase, outboxRows, type NotificationCase } from './fixtures';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const HOUR = 3_600_000;

/** Charnwood North's three primes, each with one offer contact; the messages of each kind, by provider. */
async function primesWithContacts(c: NotificationCase) {
  const primes = await charnwoodPrimes(c.ctx);
  const contacts = new Map<number, string>();
  for (const p of primes) contacts.set(p.id, await contactOf(c.db, p.id));
  return { primes, contacts };
}

async function kindsTo(c: NotificationCase, kind: string) {
  return (await outboxRows(c.db, { kind })).map((m) => ({
    provider: m.provider_id,
    to: m.recipient,
    status: m.status,
  }));
}

async function offerOf(c: NotificationCase, provider: TestProvider, packageId: number): Promise<number> {
  return Number(
    (await c.db('offers').where({ package_id: packageId, provider_id: provider.id }).first('id')).id,
  );
}

/** Each message a provider's offer contacts receive, written by the event that causes it. */
describe("providers' messages", () => {
  it('tells each offered provider of a new offer, once per contact address, from the intake’s event', async () => {
    const c = await notificationCase();
    const { primes, contacts } = await primesWithContacts(c);
    const second = await contactOf(c.db, primes[0]!.id);
    const pkg = await c.intake();
    const sent = await outboxRows(c.db, { kind: 'offer.created' });
    expect(sent.map((m) => m.recipient).sort()).toEqual([...contacts.values(), second].sort());
    for (const m of sent) {
      expect(m).toMatchObject({ channel: 'email', status: 'pending' });
      expect(m.subject_id).toBe(
        await offerOf(
          c,
          primes.find((p) => p.id === m.provider_id)!,
          pkg.id,
        ),
      );
    }
    expect(await outboxRows(c.db, { channel: 'webhook' })).toEqual([]);
  });

  it('reminds providers of an unanswered offer once, when three quarters of the window have passed', async () => {
    const c = await notificationCase();
    const { primes } = await primesWithContacts(c);
    const pkg = await c.intake();
    await c.ctx.request
      .post(`/offers/${await offerOf(c, primes[0]!, pkg.id)}/decline`)
      .set(bearer(primes[0]!.token))
      .send({ reason: 'no-capacity' });
    const sweep = () => brokerageSweepJob.run(c.ctx.services, c.ctx.clock.now());
    c.ctx.clock.advance(17 * HOUR);
    await sweep();
    expect(await outboxRows(c.db, { kind: 'offer.closing' })).toEqual([]);
    c.ctx.clock.advance(2 * HOUR); // 19 of 24 hours
    await sweep();
    await sweep();
    const reminded = await kindsTo(c, 'offer.closing');
    expect(reminded.map((r) => r.provider).sort()).toEqual([primes[1]!.id, primes[2]!.id].sort());
  });

  it('tells the winner it won and the others they lost when the package is awarded', async () => {
    const c = await notificationCase();
    const { primes } = await primesWithContacts(c);
    const pkg = await c.intake();
    const res = await c.ctx.request
      .post(`/offers/${await offerOf(c, primes[0]!, pkg.id)}/accept`)
      .set(bearer(primes[0]!.token))
      .send({});
    expect(res.body.status).toBe('won');
    expect((await kindsTo(c, 'offer.won')).map((r) => r.provider)).toEqual([primes[0]!.id]);
    expect((await kindsTo(c, 'offer.lost')).map((r) => r.provider).sort()).toEqual(
      [primes[1]!.id, primes[2]!.id].sort(),
    );
  });

  it('tells the offered providers when a package is cancelled and its offers withdrawn', async () => {
    const c = await notificationCase();
    const { primes } = await primesWithContacts(c);
    const pkg = await c.intake();
    const res = await c.ctx.request
      .post(`/packages/${pkg.id}/cancel`)
      .set(bearer(c.officer))
      .send({ reason: 'no longer needed' });
    expect(res.status).toBe(200);
    expect((await kindsTo(c, 'offer.withdrawn')).map((r) => r.provider).sort()).toEqual(
      primes.map((p) => p.id).sort(),
    );
  });

  it('acknowledges a hand-back to the provider that handed the package back', async () => {
    const c = await notificationCase();
    const { primes } = await primesWithContacts(c);
    const pkg = await c.intake();
    await c.ctx.request
      .post(`/offers/${await offerOf(c, primes[0]!, pkg.id)}/accept`)
      .set(bearer(primes[0]!.token))
      .send({});
    const res = await c.ctx.request
      .post(`/packages/${pkg.id}/hand-back`)
      .set(bearer(primes[0]!.token))
      .send({ reason: 'staffing', noticeDate: '2026-02-02' }); // four weeks: re-brokered at once
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const acknowledged = await outboxRows(c.db, { kind: 'package.handback.accepted' });
    expect(acknowledged.map((m) => [m.provider_id, m.subject_id])).toEqual([[primes[0]!.id, pkg.id]]);
    // The package is brokered again: the other primes are offered it anew.
    expect((await kindsTo(c, 'offer.created')).filter((r) => r.provider !== primes[0]!.id)).toHaveLength(4);
  });

  it('tells a provider once that a capacity declaration has gone out of date (the daily check)', async () => {
    const c = await notificationCase();
    const { primes } = await primesWithContacts(c);
    await runNotificationChecks(c.ctx.services, c.ctx.clock.now());
    expect(await outboxRows(c.db, { kind: 'capacity.stale' })).toEqual([]);
    c.ctx.clock.advance(15 * 24 * HOUR);
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).capacityStale).toBe(3);
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).capacityStale).toBe(0);
    expect((await kindsTo(c, 'capacity.stale')).map((r) => r.provider).sort()).toEqual(
      primes.map((p) => p.id).sort(),
    );
  });

  it("honours a provider's choices: a daily digest, or off, except for urgent offers", async () => {
    const c = await notificationCase();
    const { primes } = await primesWithContacts(c);
    const choose = (p: TestProvider, delivery: string) =>
      c.ctx.request
        .put('/me/notifications')
        .set(bearer(p.token))
        .send({ preferences: { 'offer.created': delivery } });
    expect((await choose(primes[0]!, 'digest')).status).toBe(200);
    expect((await choose(primes[1]!, 'off')).status).toBe(200);
    await c.intake();
    const standard = await kindsTo(c, 'offer.created');
    expect(standard.map((r) => [r.provider, r.status])).toEqual(
      expect.arrayContaining([
        [primes[0]!.id, 'held'],
        [primes[2]!.id, 'pending'],
      ]),
    );
    expect(standard.find((r) => r.provider === primes[1]!.id)).toBeUndefined();
    await c.intake({ urgency: 'hospital-discharge', location: PLACES.loughborough });
    const urgent = (await outboxRows(c.db, { kind: 'offer.created' })).slice(standard.length);
    expect(urgent.map((m) => m.status)).toEqual(['pending', 'pending', 'pending']);
  });
});
