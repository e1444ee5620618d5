import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { runScoreComputation } from '../../src/performance/scores/run';
import { createTestContext, type TestContext } from '../helpers/context';
import { DAY, ensureReference, historyProvider, insertEvidence, insertPackageHistory } from '../factories';

const at = (s: string) => Date.parse(s);

/** Packages in a zone, one a day from `start`, each offered only to `providerId`, which lets it expire. */
async function ignoredOffers(
  ctx: TestContext,
  { providerId, zoneId, start, count }: { providerId: number; zoneId: string; start: string; count: number },
) {
  for (let i = 0; i < count; i += 1) {
    await insertPackageHistory(ctx.services.db, {
      zoneId,
      episodes: [{ openedAt: at(start) + i * DAY, rounds: [{ offers: [{ providerId, answer: 'none' }] }] }],
    });
  }
}

describe('quality scores', () => {
  let ctx: TestContext;
  let admin: string;
  let officer: string;
  let fresh: number;
  let shortRecord: number;
  let longRecord: number;
  let tokenFresh: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const scoreOf = async (providerId: number, token = admin, query = '') => {
    const res = await ctx.request.get(`/providers/${providerId}/score${query}`).set(auth(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.zones[0].score;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.services.db;
    await ensureReference(db);
    fresh = await historyProvider(db, { tenderScore: 80, roles: [{ zoneId: 'melton', role: 'prime' }] });
    shortRecord = await historyProvider(db, {
      tenderScore: 80,
      roles: [{ zoneId: 'melton', role: 'prime' }],
    });
    longRecord = await historyProvider(db, {
      tenderScore: 80,
      roles: [{ zoneId: 'hinckley', role: 'prime' }],
    });
    await ignoredOffers(ctx, {
      providerId: shortRecord,
      zoneId: 'melton',
      start: '2026-02-01T09:00:00Z',
      count: 10,
    });
    await ignoredOffers(ctx, {
      providerId: longRecord,
      zoneId: 'hinckley',
      start: '2025-06-01T09:00:00Z',
      count: 200,
    });
    ctx.clock.set('2026-03-01T02:30:00Z');
    admin = await ctx.tokenFor('admin');
    officer = await ctx.tokenFor('officer');
    tokenFresh = await ctx.tokenFor('provider', fresh);
  });
  afterAll(() => ctx.destroy());

  it('starts every provider at its tender score before any computation', async () => {
    expect(await scoreOf(fresh)).toMatchObject({
      source: 'tender',
      value: 80,
      snapshotId: null,
      components: null,
    });
  });

  it('stores a dated snapshot per provider and zone; with no evidence every component is the tender score', async () => {
    const res = await ctx.request.post('/scores/recompute').set(auth(admin));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ computedFor: '2026-03-01', snapshots: 3, skipped: false });
    const score = await scoreOf(fresh);
    expect(score).toMatchObject({ source: 'snapshot', value: 80, rag: 'green', computedFor: '2026-03-01' });
    for (const c of ['pickUp', 'quality', 'response']) {
      expect(score.components[c]).toEqual({ value: 80, live: null, evidence: 0, liveWeight: 0 });
    }
  });

  it('moves a component from tender to live evidence in proportion n / (n + k)', async () => {
    // 10 ignored offers: response live 0, weight 10 / (10 + 20) → 80 − 80/3.
    const short = await scoreOf(shortRecord);
    expect(short.components.response).toEqual({ value: 53.33, live: 0, evidence: 10, liveWeight: 0.3333 });
    expect(short.kpis.offers).toMatchObject({ received: 10, expired: 10, respondedInWindowPct: 0 });
    // 200 ignored offers over nine months, all within the year: the long record counts almost fully.
    const long = await scoreOf(longRecord);
    expect(long.components.response).toMatchObject({ value: 7.27, evidence: 200, liveWeight: 0.9091 });
    expect(long.value).toBeCloseTo((80 + 80 + 7.27) / 3, 1);
    expect(long.rag).toBe('amber');
  });

  it('uses quality evidence recorded through the API, and a withdrawal only for later computations', async () => {
    const visit = await ctx.request.post(`/providers/${fresh}/quality-evidence`).set(auth(officer)).send({
      kind: 'monitoring-visit',
      occurredOn: '2026-02-20',
      score: 40,
      rag: 'red',
      reference: 'CMV-2026-014',
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    const complaint = await ctx.request
      .post(`/providers/${fresh}/quality-evidence`)
      .set(auth(officer))
      .send({ kind: 'upheld-complaint', occurredOn: '2026-02-25' });
    expect(complaint.status).toBe(201);
    ctx.clock.advance(DAY);
    await ctx.request.post('/scores/recompute').set(auth(admin)).expect(201);
    // Quality live = 40 − 10 = 30, n = 2, weight 2 / (2 + 3) → 80 − 0.4 × 50 = 60.
    const withComplaint = await scoreOf(fresh);
    expect(withComplaint.components.quality).toEqual({ value: 60, live: 30, evidence: 2, liveWeight: 0.4 });
    expect(withComplaint.quality).toMatchObject({ visits: 1, meanVisitScore: 40, upheldComplaints: 1 });

    const withdrawn = await ctx.request
      .post(`/providers/${fresh}/quality-evidence/${complaint.body.id}/withdraw`)
      .set(auth(admin))
      .send({ reason: 'overturned-on-appeal' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawn).toMatchObject({ reason: 'overturned-on-appeal' });
    ctx.clock.advance(DAY);
    await ctx.request.post('/scores/recompute').set(auth(admin)).expect(201);
    // 40 alone, n = 1, weight 0.25 → 70; the earlier snapshot still says 60.
    expect((await scoreOf(fresh)).components.quality).toMatchObject({ value: 70, live: 40, evidence: 1 });
    const history = await ctx.request.get(`/providers/${fresh}/score/history?zone=melton`).set(auth(admin));
    expect(
      history.body.snapshots.map(
        (s: { components: { quality: { value: number } } }) => s.components.quality.value,
      ),
    ).toEqual([70, 60, 80]);
    expect((await scoreOf(fresh, admin, '?at=2026-03-02T12:00:00Z')).components.quality.value).toBe(60);
  });

  it('refuses evidence dated in the future, free text, and unknown providers', async () => {
    const future = await ctx.request
      .post(`/providers/${fresh}/quality-evidence`)
      .set(auth(officer))
      .send({ kind: 'upheld-complaint', occurredOn: '2027-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('body.occurredOn');
    const text = await ctx.request
      .post(`/providers/${fresh}/quality-evidence`)
      .set(auth(officer))
      .send({ kind: 'upheld-complaint', occurredOn: '2026-01-01', notes: 'Mrs Smith said…' });
    expect(text.status).toBe(400);
    const nobody = await ctx.request
      .post('/providers/999999/quality-evidence')
      .set(auth(officer))
      .send({ kind: 'cqc-rating', occurredOn: '2026-01-01', rating: 'good' });
    expect(nobody.status).toBe(404);
  });

  it('shows providers their own score, components, KPIs and evidence, and 404 for another provider', async () => {
    const own = await scoreOf(fresh, tokenFresh);
    expect(own.components.quality.value).toBe(70);
    expect(own.kpis).toHaveProperty('offers');
    const evidence = await ctx.request.get(`/providers/${fresh}/quality-evidence`).set(auth(tokenFresh));
    expect(evidence.status).toBe(200);
    expect(evidence.body.evidence).toHaveLength(2);
    for (const path of [
      `/providers/${shortRecord}/score`,
      `/providers/${shortRecord}/score/history`,
      `/providers/${shortRecord}/quality-evidence`,
    ]) {
      expect((await ctx.request.get(path).set(auth(tokenFresh))).status, path).toBe(404);
    }
  });

  it('lists every score in force per zone, also at a past instant', async () => {
    const now = (await ctx.request.get('/scores?zone=melton').set(auth(officer))).body;
    expect(now.zones[0].providers.map((p: { provider: { id: number } }) => p.provider.id)).toEqual([
      fresh,
      shortRecord,
    ]);
    const before = (await ctx.request.get('/scores?zone=melton&at=2026-02-28T00:00:00Z').set(auth(officer)))
      .body;
    expect(before.zones[0].providers.every((p: { source: string }) => p.source === 'tender')).toBe(true);
  });

  it('stores the nightly computation once even when two instances run it at the same moment', async () => {
    const now = at('2026-03-04T02:30:00Z');
    const results = await Promise.all([
      runScoreComputation({ ...ctx.services, actor: SYSTEM_ACTOR, now }, 'nightly'),
      runScoreComputation({ ...ctx.services, actor: SYSTEM_ACTOR, now }, 'nightly'),
    ]);
    expect(results.map((r) => r.skipped).sort()).toEqual([false, true]);
    expect(results[0]!.runId).toBe(results[1]!.runId);
    const again = await runScoreComputation(
      { ...ctx.services, actor: SYSTEM_ACTOR, now: now + 3_600_000 },
      'nightly',
    );
    expect(again.skipped).toBe(true);
    const runs = await ctx.services
      .db('score_runs')
      .where({ run_key: 'nightly:2026-03-04' })
      .count({ n: '*' })
      .first();
    expect(Number(runs!.n)).toBe(1);
    const snapshots = await ctx.services
      .db('score_snapshots')
      .where({ computed_for: '2026-03-04' })
      .count({ n: '*' })
      .first();
    expect(Number(snapshots!.n)).toBe(3);
  });

  it('uses only evidence recorded before the computation instant, so a past computation can be repeated', async () => {
    const db = ctx.services.db;
    await insertEvidence(db, shortRecord, {
      kind: 'safeguarding-concern',
      occurredOn: '2026-03-03',
      recordedAt: at('2026-03-05T10:00:00Z'),
    });
    const before = await runScoreComputation(
      { ...ctx.services, actor: SYSTEM_ACTOR, now: at('2026-03-05T02:30:00Z') },
      'on-demand',
    );
    const after = await runScoreComputation(
      { ...ctx.services, actor: SYSTEM_ACTOR, now: at('2026-03-06T02:30:00Z') },
      'on-demand',
    );
    const qualityEvidence = async (runId: number | null) =>
      Number(
        (await db('score_snapshots').where({ run_id: runId, provider_id: shortRecord }).first('quality_n'))
          .quality_n,
      );
    expect(await qualityEvidence(before.runId)).toBe(0);
    expect(await qualityEvidence(after.runId)).toBe(1);
  });
});
