import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { runRoleReview } from '../../src/performance/reviews/run';
import { runScoreComputation } from '../../src/performance/scores/run';
import { createTestContext, type TestContext } from '../helpers/context';
import { DAY, ensureReference, historyProvider, insertEvidence, insertPackageHistory } from '../factories';

const at = (s: string) => Date.parse(s);

/**
 * Five months of history (December–April) and weekly score snapshots from January, then the review
 * on 1 May looks at February, March and April.
 *
 * Melton primes: A lets every offer expire and has safeguarding concerns (red from February on);
 * D has one bad visit in February and recovers (red in February only); E has no history (tender 70).
 * Melton supplementaries: S wins every package quickly (well above the prime median); S2 has a
 * high tender score but no offers. Bottesford primes: F (like A) and G; Bottesford needs 2 primes.
 */
describe('promotion and demotion reviews', () => {
  let ctx: TestContext;
  let admin: string;
  let commissioner: string;
  const ids = {} as Record<'A' | 'D' | 'E' | 'S' | 'S2' | 'F' | 'G', number>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const decision = { evidence: 'monthly scores and the March visit', comment: 'sustained over the quarter' };

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.services.db;
    await ensureReference(db);
    const prime = (zoneId: string) => [{ zoneId, role: 'prime' as const }];
    const supplementary = [{ zoneId: 'melton', role: 'supplementary' as const }];
    ids.A = await historyProvider(db, { tenderScore: 70, roles: prime('melton') });
    ids.D = await historyProvider(db, { tenderScore: 50, roles: prime('melton') });
    ids.E = await historyProvider(db, { tenderScore: 70, roles: prime('melton') });
    ids.S = await historyProvider(db, { tenderScore: 60, roles: supplementary });
    ids.S2 = await historyProvider(db, { tenderScore: 95, roles: supplementary });
    ids.F = await historyProvider(db, { tenderScore: 70, roles: prime('bottesford') });
    ids.G = await historyProvider(db, { tenderScore: 70, roles: prime('bottesford') });

    for (let week = 0; week < 22; week += 1) {
      for (const hour of [9, 14]) {
        const openedAt = at('2025-12-01T00:00:00Z') + week * 7 * DAY + hour * 3_600_000;
        const wantedStart = new Date(openedAt + 3 * DAY).toISOString().slice(0, 10);
        await insertPackageHistory(db, {
          zoneId: 'melton',
          wantedStart,
          episodes: [
            {
              openedAt,
              rounds: [
                { offers: [{ providerId: ids.A, answer: 'none' }] },
                { offers: [{ providerId: ids.S, answer: 'accept', afterMinutes: 20 }] },
              ],
              award: { providerId: ids.S, startedOn: wantedStart },
            },
          ],
        });
        await insertPackageHistory(db, {
          zoneId: 'bottesford',
          episodes: [{ openedAt, rounds: [{ offers: [{ providerId: ids.F, answer: 'none' }] }] }],
        });
      }
    }
    for (const p of [ids.A, ids.F]) {
      await insertEvidence(db, p, {
        kind: 'monitoring-visit',
        occurredOn: '2026-01-20',
        score: 20,
        rag: 'red',
      });
      await insertEvidence(db, p, { kind: 'safeguarding-concern', occurredOn: '2026-01-20' });
      await insertEvidence(db, p, { kind: 'safeguarding-concern', occurredOn: '2026-01-20' });
    }
    await insertEvidence(db, ids.D, {
      kind: 'monitoring-visit',
      occurredOn: '2026-02-01',
      score: 10,
      rag: 'red',
    });
    await insertEvidence(db, ids.D, {
      kind: 'monitoring-visit',
      occurredOn: '2026-03-01',
      score: 100,
      rag: 'green',
    });
    await insertEvidence(db, ids.D, {
      kind: 'monitoring-visit',
      occurredOn: '2026-04-01',
      score: 100,
      rag: 'green',
    });
    await insertEvidence(db, ids.S, {
      kind: 'monitoring-visit',
      occurredOn: '2026-01-10',
      score: 90,
      rag: 'green',
    });

    for (const month of ['01', '02', '03', '04']) {
      for (const day of ['05', '12', '19', '26']) {
        await runScoreComputation(
          { ...ctx.services, actor: SYSTEM_ACTOR, now: at(`2026-${month}-${day}T02:30:00Z`) },
          'nightly',
        );
      }
    }
    admin = await ctx.tokenFor('admin');
    commissioner = await ctx.tokenFor('commissioner');
  });
  afterAll(() => ctx.destroy());

  const flags = async (query = '') => {
    const res = await ctx.request.get(`/reviews/flags${query}`).set(auth(commissioner));
    expect(res.status).toBe(200);
    return res.body.flags as {
      id: number;
      provider: { id: number };
      zone: { id: string };
      kind: string;
      status: string;
      belowMinPrimes: boolean;
      evidence: {
        months: { month: string; meanScore: number; threshold?: number; primeMedian?: number }[];
        coverage: unknown;
      };
    }[];
  };

  it('raises nothing while the shortfall has not lasted the whole review period', async () => {
    const result = await runRoleReview({
      ...ctx.services,
      actor: SYSTEM_ACTOR,
      now: at('2026-03-01T04:00:00Z'),
    });
    expect(result).toMatchObject({ reviewMonth: '2026-02', raised: 0 });
  });

  it('flags a sustained shortfall for demotion and a sustained lead for promotion, not a single bad month', async () => {
    ctx.clock.set('2026-05-01T04:00:00Z');
    const run = await ctx.request.post('/reviews/run').set(auth(admin));
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({
      reviewMonth: '2026-04',
      period: { from: '2026-02-01', to: '2026-04-30' },
      raised: 3,
    });
    const raised = await flags();
    expect(raised.map((f) => [f.provider.id, f.zone.id, f.kind]).sort()).toEqual(
      [
        [ids.A, 'melton', 'demotion'],
        [ids.F, 'bottesford', 'demotion'],
        [ids.S, 'melton', 'promotion'],
      ].sort(),
    );
    const a = raised.find((f) => f.provider.id === ids.A)!;
    expect(a.evidence.months.map((m) => m.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(a.evidence.months.every((m) => m.meanScore < 50 && m.threshold === 50)).toBe(true);
    expect(a.evidence.coverage).toMatchObject({
      minPrimes: 2,
      activePrimes: 3,
      primesAfter: 2,
      belowMinPrimes: false,
    });
    const s = raised.find((f) => f.provider.id === ids.S)!;
    expect(s.evidence.months.every((m) => m.meanScore > m.primeMedian!)).toBe(true);
  });

  it('says on the flag when a demotion would leave the zone below its minimum primes', async () => {
    const f = (await flags('?zone=bottesford'))[0]!;
    expect(f.belowMinPrimes).toBe(true);
    expect(f.evidence.coverage).toMatchObject({ minPrimes: 2, activePrimes: 2, primesAfter: 1 });
  });

  it('raises each flag once however often the review runs', async () => {
    const again = await runRoleReview({
      ...ctx.services,
      actor: SYSTEM_ACTOR,
      now: at('2026-05-02T04:00:00Z'),
    });
    expect(again.raised).toBe(0);
    expect(await flags()).toHaveLength(3);
  });

  it('changes the role only when a commissioner confirms with evidence and a comment, in one audited transaction', async () => {
    const s = (await flags('?kind=promotion'))[0]!;
    const role = async (p: number, z = 'melton') =>
      (await ctx.services.db('provider_zone_roles').where({ provider_id: p, zone_id: z }).first('role')).role;
    expect(await role(ids.S)).toBe('supplementary');
    const bare = await ctx.request
      .post(`/reviews/flags/${s.id}/confirm`)
      .set(auth(commissioner))
      .send({ reason: 'performance-confirmed' });
    expect(bare.status).toBe(400);
    expect(bare.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.comment',
      'body.evidence',
    ]);
    expect(await role(ids.S)).toBe('supplementary');
    const confirmed = await ctx.request
      .post(`/reviews/flags/${s.id}/confirm`)
      .set(auth(commissioner))
      .send({ ...decision, reason: 'performance-confirmed' });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      raisedBy: null,
      decision: { reason: 'performance-confirmed', ...decision },
    });
    expect(await role(ids.S)).toBe('prime');
    const audit = await ctx.services
      .db('audit_events')
      .whereIn('action', ['review-flag.confirm', 'provider.zone-role.set'])
      .select('action', 'entity_id');
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'review-flag.confirm', entity_id: String(s.id) },
        { action: 'provider.zone-role.set', entity_id: String(ids.S) },
      ]),
    );
    const twice = await ctx.request
      .post(`/reviews/flags/${s.id}/dismiss`)
      .set(auth(admin))
      .send({ ...decision, reason: 'other' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ type: '/problems/flag-already-decided', flagStatus: 'confirmed' });
  });

  it('refuses a demotion below the zone minimum unless the admin acknowledges it', async () => {
    const f = (await flags('?zone=bottesford'))[0]!;
    const refused = await ctx.request
      .post(`/reviews/flags/${f.id}/confirm`)
      .set(auth(commissioner))
      .send({ ...decision, reason: 'performance-confirmed' });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/below-min-primes/);
    const confirmed = await ctx.request
      .post(`/reviews/flags/${f.id}/confirm`)
      .set(auth(commissioner))
      .send({ ...decision, reason: 'performance-confirmed', acknowledgeBelowMinPrimes: true });
    expect(confirmed.status).toBe(200);
    const role = await ctx.services
      .db('provider_zone_roles')
      .where({ provider_id: ids.F, zone_id: 'bottesford' })
      .first('role');
    expect(role.role).toBe('supplementary');
  });

  it('leaves the role alone when a flag is dismissed', async () => {
    const a = (await flags('?kind=demotion&zone=melton'))[0]!;
    const dismissed = await ctx.request
      .post(`/reviews/flags/${a.id}/dismiss`)
      .set(auth(admin))
      .send({ ...decision, reason: 'improvement-plan-agreed' });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.status).toBe('dismissed');
    const role = await ctx.services
      .db('provider_zone_roles')
      .where({ provider_id: ids.A, zone_id: 'melton' })
      .first('role');
    expect(role.role).toBe('prime');
    const reason = await ctx.request
      .post(`/reviews/flags/${a.id}/dismiss`)
      .set(auth(admin))
      .send({ ...decision, reason: 'because I said so' });
    expect(reason.status).toBe(400);
  });

  it('lets a commissioner raise a flag by hand with evidence; another commissioner confirms it', async () => {
    const raiser = await ctx.tokenFor('commissioner');
    const body = {
      providerId: ids.E,
      zoneId: 'melton',
      kind: 'demotion',
      evidence: 'two missed visits',
      comment: 'district report',
    };
    const raised = await ctx.request.post('/reviews/flags').set(auth(raiser)).send(body);
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body).toMatchObject({
      kind: 'demotion',
      status: 'open',
      raiseComment: 'district report',
      raisedBy: expect.any(Number),
      evidence: { rule: 'raised by a commissioner', statement: 'two missed visits' },
    });
    const officer = await ctx.request
      .post('/reviews/flags')
      .set(auth(await ctx.tokenFor('officer')))
      .send(body);
    expect(officer.status).toBe(403);
    const again = await ctx.request.post('/reviews/flags').set(auth(raiser)).send(body);
    expect(again.status).toBe(409);
    const wrongRole = await ctx.request
      .post('/reviews/flags')
      .set(auth(raiser))
      .send({ ...body, kind: 'promotion' });
    expect(wrongRole.status).toBe(422);
    const noEvidence = await ctx.request
      .post('/reviews/flags')
      .set(auth(raiser))
      .send({ ...body, evidence: ' ' });
    expect(noEvidence.status).toBe(400);

    const own = await ctx.request
      .post(`/reviews/flags/${raised.body.id}/confirm`)
      .set(auth(raiser))
      .send({ ...decision, reason: 'performance-confirmed' });
    expect(own.status).toBe(403);
    expect(own.body.type).toMatch(/own-flag/);
    const other = await ctx.request
      .post(`/reviews/flags/${raised.body.id}/confirm`)
      .set(auth(commissioner))
      .send({ ...decision, reason: 'performance-confirmed' });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    const audit = await ctx.services
      .db('audit_events')
      .where({ action: 'review-flag.raise', entity_id: String(raised.body.id) })
      .first('after_json');
    expect(audit).toBeDefined();
  });
});
