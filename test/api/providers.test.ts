import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import { assignRole, buildProvider } from '../factories';
import { createTestContext, type TestContext } from '../helpers/context';

const newProvider = (overrides: Record<string, unknown> = {}) => ({
  name: `Admitted Care ${Math.random().toString(36).slice(2, 8)}`,
  cqcLocationId: `1-${Math.floor(Math.random() * 1e9)}`,
  cqcOverall: 'good',
  cqcSafe: 'good',
  cqcWellLed: 'requires-improvement',
  tenderScore: 72,
  ...overrides,
});

describe('providers', () => {
  let ctx: TestContext;
  let admin: string;
  let officer: string;
  let commissioner: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const audit = async (providerId: number) =>
    (await ctx.request.get(`/audit?entity=provider&id=${providerId}`).set(as(admin))).body.events as {
      action: string;
      actor: { userId: number | null; role: string };
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReferenceData(ctx.services.db, ctx.clock.now());
    [admin, officer, commissioner] = await Promise.all([
      ctx.tokenFor('admin'),
      ctx.tokenFor('officer'),
      ctx.tokenFor('commissioner'),
    ]);
  });
  afterAll(() => ctx.destroy());

  describe('POST /providers', () => {
    it('admits a provider, mobilising from today by default, and audits it', async () => {
      const res = await ctx.request
        .post('/providers')
        .set(as(admin))
        .send(newProvider({ name: 'Riverside Home Care' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        name: 'Riverside Home Care',
        status: 'mobilising',
        chcApproved: false,
        admittedOn: '2026-01-05',
        version: 1,
        zones: [],
      });
      const [event] = await audit(res.body.id);
      expect(event).toMatchObject({ action: 'provider.admit', actor: { role: 'admin' }, before: null });
      expect(event?.after).toMatchObject({ name: 'Riverside Home Care', cqcWellLed: 'requires-improvement' });
    });

    it('refuses a second provider with the same name or CQC location id (409)', async () => {
      const first = newProvider();
      expect((await ctx.request.post('/providers').set(as(admin)).send(first)).status).toBe(201);
      const again = await ctx.request
        .post('/providers')
        .set(as(admin))
        .send(newProvider({ cqcLocationId: first.cqcLocationId }));
      expect(again.status).toBe(409);
      expect(again.body.detail).toMatch(/CQC location id/);
    });

    it('names every failing field', async () => {
      const res = await ctx.request
        .post('/providers')
        .set(as(admin))
        .send({ name: '', cqcOverall: 'excellent', tenderScore: 101, status: 'retired' });
      expect(res.status).toBe(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'body.name',
          'body.cqcLocationId',
          'body.cqcOverall',
          'body.tenderScore',
          'body.status',
        ]),
      );
    });

    it('refuses ratings that cannot belong to one service (422)', async () => {
      const res = await ctx.request
        .post('/providers')
        .set(as(admin))
        .send(newProvider({ cqcSafe: 'not-yet-rated' }));
      expect(res.status).toBe(422);
      expect(res.body.type).toBe('/problems/inconsistent-cqc-ratings');
    });
  });

  describe('PATCH /providers/:id', () => {
    it('changes fields when the version is current, and audits before and after with the reason', async () => {
      const id = await buildProvider(ctx.services.db, { chcApproved: false });
      const res = await ctx.request
        .patch(`/providers/${id}`)
        .set(as(admin))
        .send({ version: 1, chcApproved: true, cqcOverall: 'outstanding', reason: 'CHC checks passed' });
      expect(res.status).toBe(200);
      expect(res.body.provider).toMatchObject({ chcApproved: true, cqcOverall: 'outstanding', version: 2 });
      expect(res.body.warnings).toEqual([]);
      const [event] = await audit(id);
      expect(event).toMatchObject({ action: 'provider.update', before: { chcApproved: false, version: 1 } });
      expect(event?.after).toMatchObject({ chcApproved: true, version: 2, reason: 'CHC checks passed' });
    });

    it('answers 409 to a stale version and changes nothing', async () => {
      const id = await buildProvider(ctx.services.db);
      expect(
        (await ctx.request.patch(`/providers/${id}`).set(as(admin)).send({ version: 1, tenderScore: 80 }))
          .status,
      ).toBe(200);
      const stale = await ctx.request
        .patch(`/providers/${id}`)
        .set(as(admin))
        .send({ version: 1, tenderScore: 20 });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ type: '/problems/stale-version', currentVersion: 2 });
      expect((await ctx.request.get(`/providers/${id}`).set(as(admin))).body.tenderScore).toBe(80);
    });

    it('needs a version and at least one change', async () => {
      const id = await buildProvider(ctx.services.db);
      const res = await ctx.request.patch(`/providers/${id}`).set(as(admin)).send({ reason: 'nothing' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('body.version');
    });

    it('warns when suspending a provider leaves a zone short of primes', async () => {
      const [a, b] = [await buildProvider(ctx.services.db), await buildProvider(ctx.services.db)];
      await assignRole(ctx.services.db, { providerId: a, zoneId: 'lutterworth', role: 'prime' });
      await assignRole(ctx.services.db, { providerId: b, zoneId: 'lutterworth', role: 'prime' });
      const res = await ctx.request
        .patch(`/providers/${a}`)
        .set(as(admin))
        .send({ version: 1, status: 'suspended' });
      expect(res.status).toBe(200);
      expect(res.body.warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ zoneId: 'lutterworth', code: 'below-minimum-primes', actual: 1 }),
        ]),
      );
    });
  });

  describe('zone roles', () => {
    it('refuses a prime in the rural free zone with a 422 that says why', async () => {
      const id = await buildProvider(ctx.services.db);
      const res = await ctx.request
        .put(`/providers/${id}/zones/harborough-rural`)
        .set(as(admin))
        .send({ role: 'prime', reason: 'Strong local branch' });
      expect(res.status).toBe(422);
      expect(res.type).toBe('application/problem+json');
      expect(res.body.type).toBe('/problems/rural-free-zone-has-no-primes');
      expect(res.body.detail).toMatch(/Harborough Rural is the rural free zone: it has no prime providers/);
      expect((await ctx.request.get(`/providers/${id}`).set(as(admin))).body.zones).toEqual([]);
    });

    it('lets a provider be prime in one zone and supplementary in another, auditing who and why', async () => {
      const id = await buildProvider(ctx.services.db);
      const prime = await ctx.request
        .put(`/providers/${id}/zones/melton`)
        .set(as(admin))
        .send({ role: 'prime', reason: 'Tender rank 1 in Melton' });
      expect(prime.status).toBe(200);
      expect(prime.body).toMatchObject({
        providerId: id,
        zoneId: 'melton',
        role: 'prime',
        previousRole: null,
        changed: true,
      });
      const supp = await ctx.request
        .put(`/providers/${id}/zones/harborough-rural`)
        .set(as(admin))
        .send({ role: 'supplementary', reason: 'Covers Hallaton' });
      expect(supp.status).toBe(200);

      const provider = (await ctx.request.get(`/providers/${id}`).set(as(officer))).body;
      expect(provider.zones.map((z: { zoneId: string; role: string }) => [z.zoneId, z.role])).toEqual([
        ['harborough-rural', 'supplementary'],
        ['melton', 'prime'],
      ]);
      const events = await audit(id);
      expect(events.map((e) => e.action)).toEqual(['provider.zone-role.set', 'provider.zone-role.set']);
      expect(events[1]).toMatchObject({
        actor: { role: 'admin' },
        before: null,
        after: { zoneId: 'melton', role: 'prime', reason: 'Tender rank 1 in Melton' },
      });
      expect(events[1]?.actor.userId).toEqual(expect.any(Number));

      const demote = await ctx.request
        .put(`/providers/${id}/zones/melton`)
        .set(as(admin))
        .send({ role: 'supplementary', reason: 'Missed pick-up KPIs two quarters running' });
      expect(demote.body).toMatchObject({ role: 'supplementary', previousRole: 'prime', changed: true });
      expect((await audit(id))[0]).toMatchObject({
        before: { role: 'prime' },
        after: { role: 'supplementary' },
      });
    });

    it('requires a reason, and answers 404 for an unknown zone or provider', async () => {
      const id = await buildProvider(ctx.services.db);
      const noReason = await ctx.request
        .put(`/providers/${id}/zones/melton`)
        .set(as(admin))
        .send({ role: 'prime' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.reason']);
      const zone = await ctx.request
        .put(`/providers/${id}/zones/rutland`)
        .set(as(admin))
        .send({ role: 'prime', reason: 'x'.repeat(5) });
      expect(zone.status).toBe(404);
      const provider = await ctx.request
        .delete('/providers/999999/zones/melton')
        .set(as(admin))
        .send({ reason: 'gone away' });
      expect(provider.status).toBe(404);
    });

    it('allows removing the second-last prime, with a coverage warning in the response and in GET /framework/coverage', async () => {
      const [a, b] = [await buildProvider(ctx.services.db), await buildProvider(ctx.services.db)];
      for (const id of [a, b])
        await assignRole(ctx.services.db, { providerId: id, zoneId: 'bottesford', role: 'prime' });
      const before = (await ctx.request.get('/framework/coverage').set(as(commissioner))).body;
      expect(before.zones.find((z: { zoneId: string }) => z.zoneId === 'bottesford')).toMatchObject({
        primes: 2,
        providers: 2,
        warnings: [],
      });

      const res = await ctx.request
        .delete(`/providers/${a}/zones/bottesford`)
        .set(as(admin))
        .send({ reason: 'Provider withdrew from the zone' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ role: null, previousRole: 'prime', changed: true });
      expect(res.body.warnings.map((w: { code: string }) => w.code)).toEqual([
        'below-minimum-primes',
        'below-minimum-providers',
      ]);

      const after = (await ctx.request.get('/framework/coverage').set(as(officer))).body;
      const bottesford = after.zones.find((z: { zoneId: string }) => z.zoneId === 'bottesford');
      expect(bottesford).toMatchObject({ primes: 1, providers: 1, minPrimes: 2, minProviders: 2 });
      expect(bottesford.warnings[0]).toMatchObject({ code: 'below-minimum-primes', required: 2, actual: 1 });
      expect(after.warnings).toEqual(expect.arrayContaining(bottesford.warnings));
      expect((await audit(a))[0]).toMatchObject({
        action: 'provider.zone-role.remove',
        before: { zoneId: 'bottesford', role: 'prime' },
        after: { role: null, reason: 'Provider withdrew from the zone' },
      });
    });

    it('never asks the rural free zone for primes in the coverage report', async () => {
      const coverage = (await ctx.request.get('/framework/coverage').set(as(admin))).body;
      const rural = coverage.zones.find((z: { zoneId: string }) => z.zoneId === 'harborough-rural');
      expect(rural).toMatchObject({ hasPrimes: false, minPrimes: 0, minProviders: 2 });
      expect(rural.warnings.map((w: { code: string }) => w.code)).not.toContain('below-minimum-primes');
      expect(coverage.zones).toHaveLength(14);
    });
  });

  describe('GET /providers', () => {
    it('filters by zone, role, rating, CHC and status', async () => {
      const chcPrime = await buildProvider(ctx.services.db, { chcApproved: true, cqcOverall: 'outstanding' });
      const supp = await buildProvider(ctx.services.db, { status: 'suspended' });
      await assignRole(ctx.services.db, { providerId: chcPrime, zoneId: 'castle-donington', role: 'prime' });
      await assignRole(ctx.services.db, {
        providerId: supp,
        zoneId: 'castle-donington',
        role: 'supplementary',
      });
      const ids = async (query: string) =>
        (await ctx.request.get(`/providers?${query}`).set(as(officer))).body.providers.map(
          (p: { id: number }) => p.id,
        );
      expect(await ids('zone=castle-donington')).toEqual(expect.arrayContaining([chcPrime, supp]));
      expect(await ids('zone=castle-donington&role=prime')).toEqual([chcPrime]);
      expect(await ids('zone=castle-donington&status=suspended')).toEqual([supp]);
      expect(await ids('zone=castle-donington&chc=true')).toEqual([chcPrime]);
      expect(await ids('rating=outstanding')).toContain(chcPrime);
      expect(await ids('rating=outstanding')).not.toContain(supp);
    });

    it('names a bad filter', async () => {
      const res = await ctx.request.get('/providers?rating=excellent&chc=maybe').set(as(commissioner));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['query.rating', 'query.chc']);
    });
  });

  describe('a provider user', () => {
    it('reads its own record and nothing of any other provider (404, as for a missing one)', async () => {
      const own = await buildProvider(ctx.services.db);
      const other = await buildProvider(ctx.services.db);
      const token = await ctx.tokenFor('provider', own);
      expect((await ctx.request.get(`/providers/${own}`).set(as(token))).status).toBe(200);
      const theirs = await ctx.request.get(`/providers/${other}`).set(as(token));
      const missing = await ctx.request.get('/providers/999999').set(as(token));
      expect(theirs.status).toBe(404);
      expect(theirs.body.detail).toBe(`No provider ${other}.`);
      expect(missing.body.type).toBe(theirs.body.type);
      expect((await ctx.request.get(`/providers/${other}/capacity`).set(as(token))).status).toBe(404);
      expect((await ctx.request.get('/providers').set(as(token))).status).toBe(403);
      expect((await ctx.request.get('/framework/coverage').set(as(token))).status).toBe(403);
    });
  });
});
