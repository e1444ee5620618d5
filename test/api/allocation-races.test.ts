import { londonDate } from '../../src/calendar/dates';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBrokerageSweep } from '../../src/allocation/sweep';
import { createApp } from '../../src/app';
import { createTestContext, type TestContext } from '../helpers/context';
import { PLACES, newPackage, providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';
import { brokerageViolations } from '../reliability/invariants';

const CONCURRENT = 100;
/** Packages raced at once in the repeated races below (each a separate race on its own episode). */
const REPEATS = 10;

describe('exactly one award per brokerage episode', () => {
  let ctx: TestContext;
  let server: Server;
  let baseUrl: string;
  let officer: string;
  let providers: TestProvider[];

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    providers = [];
    for (let i = 0; i < CONCURRENT; i += 1) {
      providers.push(await providerInZone(ctx, 'hinckley', 'prime', { tenderScore: 1 + (i % 99) }));
    }
    server = createApp(ctx.services).listen(0);
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await ctx.destroy();
  });

  const post = (path: string, token: string, body: object) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  const intake = async () => {
    // Wanted from the test clock's day: a wanted start may be at most 14 days past.
    const wantedStart = londonDate(ctx.clock.now());
    const res = await post('/packages', officer, newPackage({ location: PLACES.hinckley, wantedStart }));
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };

  it(`holds when ${CONCURRENT} providers accept their offers at the same moment`, async () => {
    const packageId = await intake();
    const offers: { id: number; provider_id: number; rank: number }[] = await ctx.services
      .db('offers')
      .where({ package_id: packageId })
      .select('id', 'provider_id', 'rank');
    expect(offers).toHaveLength(CONCURRENT);
    const tokenOf = new Map(providers.map((p) => [p.id, p.token]));
    const statuses = await Promise.all(
      offers.map(async (o) => (await post(`/offers/${o.id}/accept`, tokenOf.get(o.provider_id)!, {})).status),
    );
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);

    const after: { status: string; rank: number }[] = await ctx.services
      .db('offers')
      .where({ package_id: packageId })
      .select('status', 'rank');
    const won = after.filter((o) => o.status === 'won');
    expect(won).toHaveLength(1);
    expect(won[0]!.rank).toBe(1);
    expect(after.filter((o) => o.status === 'lost')).toHaveLength(CONCURRENT - 1);
    const episodes = await ctx.services.db('brokerage_episodes').where({ package_id: packageId });
    expect(episodes).toHaveLength(1);
    expect(episodes[0].outcome).toBe('awarded');
    const awards = await ctx.services
      .db('audit_events')
      .where({ entity_type: 'package', entity_id: String(packageId), action: 'package.award' });
    expect(awards).toHaveLength(1);
    const pkg = await ctx.services.db('packages').where({ id: packageId }).first();
    expect(pkg.status).toBe('awarded');
    expect(pkg.provider_id).toBe(episodes[0].awarded_provider_id);
  });

  it(`accepts one offer once when it is sent ${CONCURRENT} times at once`, async () => {
    const packageId = await intake();
    const top = await ctx.services
      .db('offers')
      .where({ package_id: packageId, rank: 1 })
      .first('id', 'provider_id');
    const token = providers.find((p) => p.id === top.provider_id)!.token;
    const statuses = await Promise.all(
      Array.from(
        { length: CONCURRENT },
        async () => (await post(`/offers/${top.id}/accept`, token, {})).status,
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);
    const accepts = await ctx.services
      .db('audit_events')
      .where({ entity_id: String(packageId), action: 'offer.accept' });
    expect(accepts).toHaveLength(1);
  });

  it('settles each expired round once when two sweeps run at the same time', async () => {
    const ids = [await intake(), await intake(), await intake()];
    ctx.clock.advance(24 * 3_600_000 + 1);
    const results = await Promise.all([
      runBrokerageSweep(ctx.services, ctx.clock.now()),
      runBrokerageSweep(ctx.services, ctx.clock.now()),
    ]);
    expect(results.reduce((n, r) => n + r.roundsClosed, 0)).toBeGreaterThanOrEqual(ids.length);
    for (const id of ids) {
      const rounds = await ctx.services.db('brokerage_rounds').where({ package_id: id }).orderBy('number');
      // Nobody in Hinckley is supplementary: after the primes' round the package is unplaced, once.
      expect(rounds.map((r) => [r.kind, r.outcome])).toEqual([
        ['primes', 'no-acceptance'],
        ['supplementaries', 'no-eligible'],
      ]);
      const unplaced = await ctx.services
        .db('audit_events')
        .where({ entity_id: String(id), action: 'package.unplaced' });
      expect(unplaced).toHaveLength(1);
    }
  });

  const patch = (path: string, token: string, body: object) =>
    fetch(`${baseUrl}${path}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lets only one of ten officers editing the same version win; the others get 409', async () => {
    const packageId = await intake();
    const officers = [
      officer,
      ...(await Promise.all(Array.from({ length: 9 }, () => ctx.tokenFor('officer')))),
    ];
    const answers = await Promise.all(
      officers.map((token, i) => patch(`/packages/${packageId}`, token, { version: 1, weeklyHours: 10 + i })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    for (const loser of answers.filter((r) => r.status === 409)) {
      expect(((await loser.json()) as { detail: string }).detail).toMatch(/changed by someone else/);
    }
    const winner = officers.length - 1 - [...answers].reverse().findIndex((r) => r.status === 200);
    const pkg = await ctx.services.db('packages').where({ id: packageId }).first();
    expect(pkg.version).toBe(2);
    expect(pkg.weekly_minutes).toBe((10 + winner) * 60);
    const edits = await ctx.services
      .db('audit_events')
      .where({ entity_id: String(packageId), action: 'package.edit' });
    expect(edits).toHaveLength(1);
  });

  it('refuses an edit made against the highest version the schema allows as stale (409), not a 500', async () => {
    const packageId = await intake();
    const answer = await patch(`/packages/${packageId}`, officer, {
      version: 2_147_483_647,
      weeklyHours: 12,
    });
    expect(answer.status).toBe(409);
    expect(((await answer.json()) as { code?: string; type: string }).type).toMatch(
      /package-version-conflict/,
    );
    expect((await ctx.services.db('packages').where({ id: packageId }).first()).version).toBe(1);
  });

  it(`resolves a hand-back racing a cancel in a legal order, ${REPEATS} times at once`, async () => {
    const orders = await Promise.all(Array.from({ length: REPEATS }, () => handBackRace()));
    expect(orders).toHaveLength(REPEATS);
    const cancelFirst = orders.filter((o) => o === 'cancel first').length;
    console.info(
      `[reliability] hand-back vs cancel: cancel first ${cancelFirst}, hand-back first ${REPEATS - cancelFirst}`,
    );
  });

  async function handBackRace() {
    const packageId = await intake();
    const top = await ctx.services
      .db('offers')
      .where({ package_id: packageId, rank: 1 })
      .first('id', 'provider_id');
    const holder = providers.find((p) => p.id === top.provider_id)!;
    expect((await post(`/offers/${top.id}/accept`, holder.token, {})).status).toBe(200);
    const [handBack, cancel] = await Promise.all([
      post(`/packages/${packageId}/hand-back`, holder.token, {
        reason: 'staffing',
        noticeDate: '2026-03-01',
      }),
      post(`/packages/${packageId}/cancel`, officer, { reason: 'person moved away' }),
    ]);
    const statuses = [handBack.status, cancel.status];
    const pkg = await ctx.services.db('packages').where({ id: packageId }).first();
    if (cancel.status === 200 && handBack.status === 409) {
      expect(pkg.status).toBe('cancelled');
    } else {
      // The hand-back went first; the cancel then cancels the re-brokered package: both legal, in order.
      expect(statuses).toEqual([200, 200]);
      expect(pkg.status).toBe('cancelled');
      const episodes = await ctx.services.db('brokerage_episodes').where({ package_id: packageId });
      expect(episodes).toHaveLength(2);
    }
    const pending = await ctx.services.db('offers').where({ package_id: packageId, status: 'pending' });
    expect(pending).toHaveLength(0);
    return cancel.status === 200 && handBack.status === 409 ? 'cancel first' : 'hand-back first';
  }

  it('never awards after the window closed, when an accept races the sweep', async () => {
    const packageId = await intake();
    const offer = await ctx.services
      .db('offers')
      .where({ package_id: packageId, rank: 1 })
      .first('id', 'provider_id', 'deadline_at');
    const holder = providers.find((p) => p.id === offer.provider_id)!;
    ctx.clock.set(Number(offer.deadline_at));
    const [accept] = await Promise.all([
      post(`/offers/${offer.id}/accept`, holder.token, {}),
      runBrokerageSweep(ctx.services, ctx.clock.now()),
    ]);
    expect(accept.status).toBe(409);
    const after = await ctx.services.db('offers').where({ id: offer.id }).first('status');
    expect(after.status).toBe('expired');
    const won = await ctx.services.db('offers').where({ package_id: packageId, status: 'won' });
    expect(won).toHaveLength(0);
  });

  it(`settles an accept made 1 ms before the deadline racing the sweep at the deadline one way or the other, ${REPEATS} times at once`, async () => {
    ctx.clock.set(Date.parse('2026-03-02T09:00:00Z'));
    const ids = await Promise.all(Array.from({ length: REPEATS }, () => intake()));
    const top: { id: number; package_id: number; provider_id: number; deadline_at: number }[] =
      await ctx.services
        .db('offers')
        .whereIn('package_id', ids)
        .where({ rank: 1 })
        .select('id', 'package_id', 'provider_id', 'deadline_at');
    const deadline = Number(top[0]!.deadline_at);
    // The accepts are in time by the clock they read; the sweep closes the windows at the deadline.
    ctx.clock.set(deadline - 1);
    const [accepts] = await Promise.all([
      Promise.all(
        top.map((o) =>
          post(`/offers/${o.id}/accept`, providers.find((p) => p.id === o.provider_id)!.token, {}),
        ),
      ),
      runBrokerageSweep(ctx.services, deadline),
    ]);
    const outcomes = { acceptedFirst: 0, sweptFirst: 0 };
    for (const [i, o] of top.entries()) {
      const offer = await ctx.services.db('offers').where({ id: o.id }).first('status');
      const awards = await ctx.services
        .db('audit_events')
        .where({ entity_id: String(o.package_id), action: 'package.award' });
      if (accepts[i]!.status === 200) {
        // The accept went first: the top-ranked acceptance wins at once, and the sweep found nothing open.
        expect(offer.status).toBe('won');
        expect(awards).toHaveLength(1);
        outcomes.acceptedFirst += 1;
      } else {
        expect(accepts[i]!.status).toBe(409);
        expect(offer.status).toBe('expired');
        expect(awards).toHaveLength(0);
        outcomes.sweptFirst += 1;
      }
    }
    expect(outcomes.acceptedFirst + outcomes.sweptFirst).toBe(REPEATS);
    console.info(`[reliability] accept vs sweep at the deadline: ${JSON.stringify(outcomes)}`);
  });

  it('leaves every package in a legal state, with an audit trail that matches the data', async () => {
    expect(await brokerageViolations(ctx.services.db)).toEqual([]);
  });
});
