import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import { assignRole, buildProvider, declareCapacity } from '../factories';
import { createTestContext, testConfig, type TestContext } from '../helpers/context';

const DAY = 86_400_000;

describe('capacity declarations', () => {
  let ctx: TestContext;
  let admin: string;
  let officer: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReferenceData(ctx.services.db, ctx.clock.now());
    admin = await ctx.tokenFor('admin');
    officer = await ctx.tokenFor('officer');
  });
  afterAll(() => ctx.destroy());

  async function memberProvider(zoneId: string) {
    const id = await buildProvider(ctx.services.db);
    await assignRole(ctx.services.db, { providerId: id, zoneId, role: 'prime' });
    return { id, token: await ctx.tokenFor('provider', id) };
  }

  describe('POST /providers/:id/capacity', () => {
    it('lets a provider declare its own capacity in minutes, audited with who declared it and why', async () => {
      const provider = await memberProvider('hinckley');
      const res = await ctx.request
        .post(`/providers/${provider.id}/capacity`)
        .set(as(provider.token))
        .send({ zoneId: 'hinckley', weeklyHours: 37.5, reason: 'Two new carers started' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        providerId: provider.id,
        zoneId: 'hinckley',
        role: 'prime',
        state: 'current',
        capacity: {
          weeklyMinutes: 2250,
          weeklyHours: 37.5,
          ageDays: 0,
          stale: false,
          declaredAt: '2026-01-05T09:00:00.000Z',
        },
      });
      const me = (await ctx.request.get('/me').set(as(provider.token))).body;
      expect(res.body.capacity.declaredBy).toBe(me.id);

      const [event] = (await ctx.request.get(`/audit?entity=provider&id=${provider.id}`).set(as(admin))).body
        .events;
      expect(event).toMatchObject({
        action: 'provider.capacity.declare',
        actor: { userId: me.id, role: 'provider' },
        after: { zoneId: 'hinckley', weeklyMinutes: 2250, reason: 'Two new carers started' },
      });
    });

    it('refuses a zone where the provider holds no role (422)', async () => {
      const provider = await memberProvider('hinckley');
      const res = await ctx.request
        .post(`/providers/${provider.id}/capacity`)
        .set(as(provider.token))
        .send({ zoneId: 'melton', weeklyHours: 20 });
      expect(res.status).toBe(422);
      expect(res.body.type).toBe('/problems/no-role-in-zone');
      expect(res.body.detail).toMatch(/holds no role in Melton/);
    });

    it('answers 404 when a provider declares for another provider', async () => {
      const mine = await memberProvider('hinckley');
      const theirs = await memberProvider('hinckley');
      const res = await ctx.request
        .post(`/providers/${theirs.id}/capacity`)
        .set(as(mine.token))
        .send({ zoneId: 'hinckley', weeklyHours: 20 });
      expect(res.status).toBe(404);
      expect(await ctx.services.db('capacity_declarations').where({ provider_id: theirs.id })).toEqual([]);
    });

    it('lets an officer record a declaration made at a mobilisation meeting', async () => {
      const provider = await memberProvider('melton');
      const res = await ctx.request
        .post(`/providers/${provider.id}/capacity`)
        .set(as(officer))
        .send({ zoneId: 'melton', weeklyHours: 0 });
      expect(res.status).toBe(201);
      expect(res.body.capacity.weeklyMinutes).toBe(0);
    });

    it('names the failing fields', async () => {
      const provider = await memberProvider('melton');
      const res = await ctx.request
        .post(`/providers/${provider.id}/capacity`)
        .set(as(provider.token))
        .send({ zoneId: 'Melton!', weeklyHours: -3 });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
        'body.zoneId',
        'body.weeklyHours',
      ]);
    });
  });

  describe('age and staleness', () => {
    it('shows each declaration with its age, and flags it stale once older than 14 days', async () => {
      const provider = await memberProvider('south-leicestershire');
      const zoneEntry = async () =>
        (await ctx.request.get(`/capacity?provider=${provider.id}`).set(as(officer))).body.entries[0];
      await ctx.request
        .post(`/providers/${provider.id}/capacity`)
        .set(as(provider.token))
        .send({ zoneId: 'south-leicestershire', weeklyHours: 40 });

      ctx.clock.advance(14 * DAY);
      expect(await zoneEntry()).toMatchObject({ state: 'current', capacity: { ageDays: 14, stale: false } });

      ctx.clock.advance(60_000);
      expect(await zoneEntry()).toMatchObject({
        state: 'stale',
        capacity: { ageDays: 14, stale: true, weeklyMinutes: 2400 },
      });
      const stale = (
        await ctx.request.get('/capacity?zone=south-leicestershire&state=stale').set(as(officer))
      ).body;
      expect(stale.staleAfterDays).toBe(14);
      expect(stale.entries.map((e: { providerId: number }) => e.providerId)).toContain(provider.id);

      // A fresh declaration replaces it as the latest.
      await ctx.request
        .post(`/providers/${provider.id}/capacity`)
        .set(as(provider.token))
        .send({ zoneId: 'south-leicestershire', weeklyHours: 10 });
      expect(await zoneEntry()).toMatchObject({
        state: 'current',
        capacity: { ageDays: 0, weeklyMinutes: 600 },
      });
      const own = (await ctx.request.get(`/providers/${provider.id}/capacity`).set(as(provider.token))).body;
      expect(
        own.history.map((h: { weeklyMinutes: number; stale: boolean }) => [h.weeklyMinutes, h.stale]),
      ).toEqual([
        [600, false],
        [2400, true],
      ]);
    });

    it('lists memberships with no declaration as missing, and counts them in coverage', async () => {
      const provider = await memberProvider('bottesford');
      const entries = (await ctx.request.get('/capacity?zone=bottesford&state=missing').set(as(officer))).body
        .entries;
      expect(entries.map((e: { providerId: number }) => e.providerId)).toContain(provider.id);
      const coverage = (await ctx.request.get('/framework/coverage').set(as(officer))).body;
      expect(
        coverage.zones.find((z: { zoneId: string }) => z.zoneId === 'bottesford').staleOrMissingCapacity,
      ).toBeGreaterThan(0);
    });

    it('sums current (not stale) declarations per zone in the coverage report', async () => {
      const fresh = await memberProvider('castle-donington');
      const old = await memberProvider('castle-donington');
      await declareCapacity(ctx.services.db, {
        providerId: fresh.id,
        zoneId: 'castle-donington',
        weeklyMinutes: 1200,
        at: ctx.clock.now() - DAY,
      });
      await declareCapacity(ctx.services.db, {
        providerId: old.id,
        zoneId: 'castle-donington',
        weeklyMinutes: 3000,
        at: ctx.clock.now() - 20 * DAY,
      });
      const coverage = (await ctx.request.get('/framework/coverage').set(as(admin))).body;
      expect(coverage.zones.find((z: { zoneId: string }) => z.zoneId === 'castle-donington')).toMatchObject({
        currentCapacityWeeklyMinutes: 1200,
        staleOrMissingCapacity: 1,
      });
    });
  });
});

describe('capacity with a configured stale period', () => {
  it('uses config.allocation.capacityStaleDays', async () => {
    const ctx = await createTestContext({
      config: { allocation: { ...testConfig().allocation, capacityStaleDays: 3 } },
    });
    try {
      await seedReferenceData(ctx.services.db, ctx.clock.now());
      const id = await buildProvider(ctx.services.db);
      await assignRole(ctx.services.db, { providerId: id, zoneId: 'melton', role: 'supplementary' });
      await declareCapacity(ctx.services.db, {
        providerId: id,
        zoneId: 'melton',
        weeklyMinutes: 600,
        at: ctx.clock.now() - 4 * DAY,
      });
      const res = await ctx.request
        .get(`/providers/${id}/capacity`)
        .set({ Authorization: `Bearer ${await ctx.tokenFor('officer')}` });
      expect(res.body).toMatchObject({
        staleAfterDays: 3,
        zones: [{ state: 'stale', capacity: { ageDays: 4, stale: true } }],
      });
    } finally {
      await ctx.destroy();
    }
  });
});
