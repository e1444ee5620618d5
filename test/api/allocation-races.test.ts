import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBrokerageSweep } from '../../src/allocation/sweep';
import { createApp } from '../../src/app';
import { createTestContext, type TestContext } from '../helpers/context';
import { PLACES, newPackage, providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';

const CONCURRENT = 100;

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
    const res = await post('/packages', officer, newPackage({ location: PLACES.hinckley }));
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

    const after: { status: string; rank: number }[] = await ctx.services.db('offers').where({ package_id: packageId }).select('status', 'rank');
    const won = after.filter((o) => o.status === 'won');
    expect(won).toHaveLength(1);
    expect(won[0]!.rank).toBe(1);
    expect(after.filter((o) => o.status === 'lost')).toHaveLength(CONCURRENT - 1);
    const episodes = await ctx.services.db('brokerage_episodes').where({ package_id: packageId });
    expect(episodes).toHaveLength(1);
    expect(episodes[0].outcome).toBe('awarded');
    const awards = await ctx.services.db('audit_events').where({ entity_type: 'package', entity_id: String(packageId), action: 'package.award' });
    expect(awards).toHaveLength(1);
    const pkg = await ctx.services.db('packages').where({ id: packageId }).first();
    expect(pkg.status).toBe('awarded');
    expect(pkg.provider_id).toBe(episodes[0].awarded_provider_id);
  });

  it(`accepts one offer once when it is sent ${CONCURRENT} times at once`, async () => {
    const packageId = await intake();
    const top = await ctx.services.db('offers').where({ package_id: packageId, rank: 1 }).first('id', 'provider_id');
    const token = providers.find((p) => p.id === top.provider_id)!.token;
    const statuses = await Promise.all(
      Array.from({ length: CONCURRENT }, async () => (await post(`/offers/${top.id}/accept`, token, {})).status),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);
    const accepts = await ctx.services.db('audit_events').where({ entity_id: String(packageId), action: 'offer.accept' });
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
      const unplaced = await ctx.services.db('audit_events').where({ entity_id: String(id), action: 'package.unplaced' });
      expect(unplaced).toHaveLength(1);
    }
  });

  const patch = (path: string, token: string, body: object) =>
    fetch(`${baseUrl}${path}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lets only one of two officers editing the same version win; the other gets 409', async () => {
    const packageId = await intake();
    const other = await ctx.tokenFor('officer');
    const [a, b] = await Promise.all([
      patch(`/packages/${packageId}`, officer, { version: 1, weeklyHours: 12 }),
      patch(`/packages/${packageId}`, other, { version: 1, weeklyHours: 14 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(((await loser.json()) as { detail: string }).detail).toMatch(/changed by someone else/);
    const pkg = await ctx.services.db('packages').where({ id: packageId }).first();
    expect(pkg.version).toBe(2);
    expect([720, 840]).toContain(pkg.weekly_minutes);
  });

  it('resolves a hand-back racing a cancel to exactly one of them', async () => {
    const packageId = await intake();
    const top = await ctx.services.db('offers').where({ package_id: packageId, rank: 1 }).first('id', 'provider_id');
    const holder = providers.find((p) => p.id === top.provider_id)!;
    expect((await post(`/offers/${top.id}/accept`, holder.token, {})).status).toBe(200);
    const [handBack, cancel] = await Promise.all([
      post(`/packages/${packageId}/hand-back`, holder.token, { reason: 'staffing', noticeDate: '2026-03-01' }),
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
  });

  it('never awards after the window closed, when an accept races the sweep', async () => {
    const packageId = await intake();
    const offer = await ctx.services.db('offers').where({ package_id: packageId, rank: 1 }).first('id', 'provider_id', 'deadline_at');
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
});
