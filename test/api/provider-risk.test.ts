import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerRiskJob } from '../../src/jobs/provider-risk';
import { createTestContext, type TestContext } from '../helpers/context';
import { DAY, ensureReference, historyProvider, insertEvidence, insertPackageHistory } from '../factories';

const at = (s: string) => Date.parse(s);

/** A package awarded to the provider in December 2025 and still held, of `hours` a week. */
async function heldPackage(ctx: TestContext, providerId: number, hours: number) {
  await insertPackageHistory(ctx.services.db, {
    zoneId: 'melton',
    weeklyMinutes: hours * 60,
    episodes: [
      {
        openedAt: at('2025-12-01T09:00:00Z'),
        rounds: [{ offers: [{ providerId, answer: 'accept' }] }],
        award: { providerId, startedOn: '2025-12-04' },
      },
    ],
  });
}

describe('provider risk', () => {
  let ctx: TestContext;
  let commissioner: string;
  let admin: string;
  let officer: string;
  let providerToken: string;
  const ids = {} as Record<'concern' | 'inadequate' | 'quiet' | 'small', number>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.services.db;
    await ensureReference(db);
    const roles = [{ zoneId: 'melton', role: 'prime' as const }];
    ids.concern = await historyProvider(db, { name: 'Concern Care', roles });
    ids.inadequate = await historyProvider(db, { name: 'Inadequate Care', roles, cqcOverall: 'inadequate' });
    ids.quiet = await historyProvider(db, { name: 'Quiet Care', roles });
    ids.small = await historyProvider(db, { name: 'Small Care', roles });
    await heldPackage(ctx, ids.concern, 400);
    await heldPackage(ctx, ids.quiet, 200);
    await heldPackage(ctx, ids.small, 10);
    // Before the month: not counted.
    await insertEvidence(db, ids.quiet, { kind: 'safeguarding-concern', occurredOn: '2025-12-20' });
    await insertEvidence(db, ids.small, { kind: 'upheld-complaint', occurredOn: '2026-01-02' });
    commissioner = await ctx.tokenFor('commissioner');
    admin = await ctx.tokenFor('admin');
    officer = await ctx.tokenFor('officer');
    providerToken = await ctx.tokenFor('provider', ids.concern);
  });
  afterAll(() => ctx.destroy());

  describe('POST /providers/:id/quality-evidence (complaints and safeguarding concerns)', () => {
    it('lets a commissioner record a complaint with its category, outcome and district', async () => {
      const res = await ctx.request
        .post(`/providers/${ids.concern}/quality-evidence`)
        .set(auth(commissioner))
        .send({
          kind: 'complaint',
          occurredOn: '2026-01-03',
          category: 'missed-or-late-calls',
          outcome: 'resolved',
          upheld: false,
          district: 'E07000133',
          reference: 'CMP-2026-001',
        });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'complaint',
        category: 'missed-or-late-calls',
        outcome: 'resolved',
        upheld: false,
        district: 'E07000133',
      });
    });

    it('records a safeguarding concern with its details', async () => {
      const res = await ctx.request
        .post(`/providers/${ids.concern}/quality-evidence`)
        .set(auth(commissioner))
        .send({
          kind: 'safeguarding-concern',
          occurredOn: '2026-01-04',
          category: 'neglect-or-omission',
          outcome: 'enquiry-open',
          upheld: false,
          district: 'E07000130',
        });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body).toMatchObject({
        category: 'neglect-or-omission',
        upheld: false,
        district: 'E07000130',
      });
    });

    it('refuses a district outside the county, a category of the other kind and free text', async () => {
      const res = await ctx.request
        .post(`/providers/${ids.concern}/quality-evidence`)
        .set(auth(commissioner))
        .send({
          kind: 'complaint',
          occurredOn: '2026-01-03',
          category: 'physical',
          outcome: 'resolved',
          upheld: true,
          district: 'Leicester',
          notes: 'Mrs Smith said…',
        });
      expect(res.status).toBe(400);
      const paths = res.body.errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['body.category', 'body.district']));
    });

    it('refuses provider users', async () => {
      const res = await ctx.request
        .post(`/providers/${ids.concern}/quality-evidence`)
        .set(auth(providerToken))
        .send({ kind: 'upheld-complaint', occurredOn: '2026-01-03' });
      expect(res.status).toBe(403);
    });
  });

  describe('POST /provider-risk/run and GET /provider-risk', () => {
    it('rates every provider for the month and lists the red and amber ones, most severe first', async () => {
      ctx.clock.set('2026-02-03T10:00:00Z');
      const run = await ctx.request
        .post('/provider-risk/run')
        .set(auth(commissioner))
        .send({ month: '2026-01' });
      expect(run.status, JSON.stringify(run.body)).toBe(201);
      expect(run.body).toEqual({
        month: '2026-01',
        skipped: false,
        providers: 4,
        counts: { red: 2, amber: 1, green: 1 },
      });

      const res = await ctx.request.get('/provider-risk?month=2026-01').set(auth(commissioner));
      expect(res.status).toBe(200);
      expect(res.body.ratings.map((r: { providerName: string }) => r.providerName)).toEqual([
        'Concern Care',
        'Inadequate Care',
        'Quiet Care',
        'Small Care',
      ]);
      const list = res.body.reviewList;
      expect(list.map((r: { providerName: string }) => r.providerName)).toEqual([
        'Inadequate Care',
        'Small Care',
        'Concern Care',
      ]);
      expect(list[1]).toMatchObject({
        rag: 'red',
        reasons: [{ code: 'complaints-rate', rag: 'red' }],
        inputs: { upheldComplaints: 1, complaints: 1, packagesHeld: 1, weeklyMinutesHeld: 600 },
      });
      // Commissioners hear of each provider turning red, once: a re-run of the month sends nothing more.
      const events = await ctx.services.db('outbox_events').where({ type: 'provider-risk.red' });
      expect(events.map((e) => JSON.parse(e.payload_json).provider.name).sort()).toEqual([
        'Inadequate Care',
        'Small Care',
      ]);
      expect(list[2]).toMatchObject({
        rag: 'amber',
        reasons: [{ code: 'safeguarding-concerns', rag: 'amber' }],
        inputs: { complaints: 1, upheldComplaints: 0, safeguardingConcerns: 1, weeklyMinutesHeld: 24_000 },
      });
    });

    it('answers last month when none is asked for, and refuses a month to come', async () => {
      const res = await ctx.request.get('/provider-risk').set(auth(admin));
      expect(res.body.month).toBe('2026-01');
      const future = await ctx.request.get('/provider-risk?month=2026-03').set(auth(admin));
      expect(future.status).toBe(400);
      expect(future.body.errors[0].path).toBe('query.month');
      const malformed = await ctx.request
        .post('/provider-risk/run')
        .set(auth(admin))
        .send({ month: '2026-13' });
      expect(malformed.status).toBe(400);
    });

    it('is the council’s internal view: officers and providers are refused', async () => {
      expect((await ctx.request.get('/provider-risk').set(auth(officer))).status).toBe(403);
      expect((await ctx.request.get('/provider-risk').set(auth(providerToken))).status).toBe(403);
      expect((await ctx.request.post('/provider-risk/run').set(auth(providerToken)).send({})).status).toBe(
        403,
      );
    });
  });

  describe('POST /provider-risk/:providerId/override', () => {
    it('sets the month’s RAG with a reason, keeps the computed one, audits it, and survives a re-run', async () => {
      const res = await ctx.request
        .post(`/provider-risk/${ids.concern}/override`)
        .set(auth(commissioner))
        .send({
          month: '2026-01',
          rag: 'green',
          reason: 'visit-found-no-concerns',
          comment: 'Visit on 28 January found the plan in place',
        });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        rag: 'green',
        computedRag: 'amber',
        override: { rag: 'green', reason: 'visit-found-no-concerns' },
      });
      const audit = await ctx.services
        .db('audit_events')
        .where({ action: 'provider-risk.override', entity_id: String(ids.concern) })
        .first('after_json');
      expect(JSON.parse(audit.after_json)).toEqual({
        month: '2026-01',
        computedRag: 'amber',
        rag: 'green',
        overrideReason: 'visit-found-no-concerns',
      });

      ctx.clock.advance(DAY);
      await ctx.request.post('/provider-risk/run').set(auth(admin)).send({ month: '2026-01' }).expect(201);
      expect(await ctx.services.db('outbox_events').where({ type: 'provider-risk.red' })).toHaveLength(2);
      const list = await ctx.request.get('/provider-risk?month=2026-01').set(auth(commissioner));
      const concern = list.body.ratings.find((r: { providerId: number }) => r.providerId === ids.concern);
      expect(concern).toMatchObject({ rag: 'green', computedRag: 'amber' });
      expect(list.body.reviewList.map((r: { providerId: number }) => r.providerId)).not.toContain(
        ids.concern,
      );
    });

    it('answers 404 for a month not rated, and refuses an unknown reason', async () => {
      const none = await ctx.request
        .post(`/provider-risk/${ids.quiet}/override`)
        .set(auth(commissioner))
        .send({ month: '2025-12', rag: 'red', reason: 'other' });
      expect(none.status).toBe(404);
      const bad = await ctx.request
        .post(`/provider-risk/${ids.quiet}/override`)
        .set(auth(commissioner))
        .send({ month: '2026-01', rag: 'red', reason: 'because' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('body.reason');
    });
  });

  describe('the monthly job', () => {
    it('rates the month just ended once, however many instances run it', async () => {
      const now = at('2026-03-01T04:00:00Z');
      const [first, second] = await Promise.all([
        providerRiskJob.run(ctx.services, now),
        providerRiskJob.run(ctx.services, now),
      ]);
      const results = [first, second] as { month: string; skipped: boolean }[];
      expect(results.every((r) => r.month === '2026-02')).toBe(true);
      expect(await ctx.services.db('provider_risk_ratings').where({ month: '2026-02' })).toHaveLength(4);
      expect(await providerRiskJob.run(ctx.services, now)).toMatchObject({ skipped: true });
    });
  });
});
